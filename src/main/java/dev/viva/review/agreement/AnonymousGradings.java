package dev.viva.review.agreement;

import dev.viva.evaluation.CriterionResult;
import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.Provenance;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the figures of evaluations about to be deleted (by retention or an erasure) as anonymous rows, so
 * that live agreement and the scores per question computed later still count them.
 */
@ApplicationScoped
public class AnonymousGradings implements PanacheRepository<AnonymousGrading> {

    /** Why the evaluations go. */
    public enum Removal { RETENTION, ERASURE }

    /** Writes an anonymous row for each graded evaluation (an ungraded one has no figures to keep); call in a transaction. */
    public int keep(List<Evaluation> doomed, Removal why) {
        int kept = 0;
        for (Evaluation e : doomed) {
            if (e.score == null || e.criteria == null) {
                continue;
            }
            persist(of(e, why));
            kept++;
        }
        return kept;
    }

    static AnonymousGrading of(Evaluation e, Removal why) {
        Provenance p = e.provenance;
        AnonymousGrading a = new AnonymousGrading();
        a.questionId = e.questionId;
        a.rubricVersion = p == null ? 0 : p.rubricVersion();
        a.promptHash = p == null ? "none" : LiveAgreement.promptHash(p.prompts());
        a.model = p == null || p.model() == null ? "unknown" : p.model();
        a.grader = p == null || p.grader() == null ? "unknown" : p.grader().name().toLowerCase();
        a.status = e.status.name();
        a.score = e.score;
        a.reviewedScore = e.reviewedScore;
        a.verdicts = verdicts(e.criteria);
        a.reviewedVerdicts = e.reviewedCriteria == null ? null : verdicts(e.reviewedCriteria);
        a.gradedOn = day(e.gradedAt);
        a.reviewedOn = day(e.reviewedAt);
        a.removedBy = why.name().toLowerCase();
        a.removedOn = LocalDate.now(ZoneOffset.UTC);
        return a;
    }

    private static Map<String, String> verdicts(List<CriterionResult> criteria) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        criteria.forEach(c -> verdicts.put(c.criterionId(), c.verdict().name()));
        return verdicts;
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
