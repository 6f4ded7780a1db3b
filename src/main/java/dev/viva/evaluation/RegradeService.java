package dev.viva.evaluation;

import dev.viva.support.DomainException;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Grades stored answers of a question again with its active rubric, through the same pipeline as a
 * submission ({@link EvaluationService#regradeStored}), never from the cache. A graded evaluation is
 * kept as it is and a new one is linked to it by {@code previous_id}; an ungraded one is moved to the
 * active rubric and graded in place. Blocking, one answer after another.
 */
@ApplicationScoped
public class RegradeService {

    public static final int MAX_PER_REQUEST = 100;

    private final EvaluationRepository evaluations;
    private final EvaluationStore store;
    private final EvaluationService grading;
    private final QuestionRepository questions;
    private final RubricVersionRepository rubrics;

    public RegradeService(EvaluationRepository evaluations, EvaluationStore store, EvaluationService grading,
            QuestionRepository questions, RubricVersionRepository rubrics) {
        this.evaluations = evaluations;
        this.store = store;
        this.grading = grading;
        this.questions = questions;
        this.rubrics = rubrics;
    }

    public RegradeResult.Batch regrade(String questionId, List<UUID> ids) {
        Selection selection = QuarkusTransaction.requiringNew().call(() -> select(questionId, ids));
        List<RegradeResult> results = new ArrayList<>();
        for (Evaluation old : selection.evaluations()) {
            results.add(regradeOne(old, selection.rubric()));
        }
        return new RegradeResult.Batch(questionId, selection.rubric().version, results);
    }

    private RegradeResult regradeOne(Evaluation old, RubricVersion rubric) {
        if (old.status == EvaluationStatus.UNGRADED) {
            QuarkusTransaction.requiringNew().run(() -> evaluations.update(
                    "rubricVersionId = ?1, nextAttemptAt = null where id = ?2", rubric.id, old.id));
            Evaluation graded = grading.regradeStored(old.id);
            return new RegradeResult(old.id, graded.id, old.status, graded.status, null, graded.score,
                    versionOf(old.rubricVersionId), rubric.version, changes(null, graded.criteria));
        }
        Evaluation next = new Evaluation();
        next.id = UUID.randomUUID();
        next.questionId = old.questionId;
        next.candidateRef = old.candidateRef;
        next.clientRef = old.clientRef;
        next.answer = old.answer;
        next.answerHash = old.answerHash;
        next.requestedGrader = old.requestedGrader;
        next.status = EvaluationStatus.UNGRADED;
        next.rubricVersionId = rubric.id;
        next.previousId = old.id;
        next.createdAt = OffsetDateTime.now();
        store.insert(next);
        Evaluation graded = grading.regradeStored(next.id);
        return new RegradeResult(old.id, graded.id, old.status, graded.status, old.score, graded.score,
                versionOf(old.rubricVersionId), rubric.version, changes(old.criteria, graded.criteria));
    }

    /** Criteria whose verdict differs between two results, in the new result's order, then dropped ones. */
    static List<RegradeResult.CriterionChange> changes(List<CriterionResult> before, List<CriterionResult> after) {
        Map<String, CriterionResult> old = new LinkedHashMap<>();
        if (before != null) {
            before.forEach(c -> old.put(c.criterionId(), c));
        }
        List<RegradeResult.CriterionChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CriterionResult now : after == null ? List.<CriterionResult>of() : after) {
            seen.add(now.criterionId());
            CriterionResult was = old.get(now.criterionId());
            if (was == null || !Objects.equals(was.verdict(), now.verdict())) {
                changes.add(new RegradeResult.CriterionChange(now.criterionId(), was == null ? null : was.verdict(),
                        now.verdict()));
            }
        }
        old.values().stream().filter(c -> !seen.contains(c.criterionId()))
                .forEach(c -> changes.add(new RegradeResult.CriterionChange(c.criterionId(), c.verdict(), null)));
        return changes;
    }

    private Selection select(String questionId, List<UUID> ids) {
        if (questions.count("id", questionId) == 0) {
            throw DomainException.notFound("Question", questionId);
        }
        RubricVersion rubric = rubrics.findActive(questionId).orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT,
                "No approved rubric", "Question '" + questionId + "' has no approved, active rubric to regrade with."));
        List<Evaluation> selected;
        if (ids == null || ids.isEmpty()) {
            selected = evaluations.list("from Evaluation e where e.questionId = ?1 and not exists (select 1 from "
                    + "Evaluation n where n.previousId = e.id) order by e.createdAt", questionId);
        } else {
            selected = evaluations.list("id in ?1 order by createdAt", ids);
            Set<UUID> found = new HashSet<>();
            selected.forEach(e -> found.add(e.id));
            List<String> unknown = ids.stream().filter(id -> !found.contains(id)).map(UUID::toString).toList();
            List<String> elsewhere = selected.stream().filter(e -> !e.questionId.equals(questionId))
                    .map(e -> e.id.toString()).toList();
            if (!unknown.isEmpty() || !elsewhere.isEmpty()) {
                throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Unknown evaluations", "Not evaluations of question '" + questionId
                        + "': " + String.join(", ", unknown.isEmpty() ? elsewhere : unknown) + ".",
                        Map.of("evaluationIds", unknown.isEmpty() ? elsewhere : unknown));
            }
        }
        if (selected.size() > MAX_PER_REQUEST) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Too many evaluations", selected.size() + " evaluations would be graded "
                    + "again; pass at most " + MAX_PER_REQUEST + " evaluationIds per request.");
        }
        selected.forEach(e -> evaluations.getEntityManager().detach(e));
        return new Selection(rubric, selected);
    }

    private int versionOf(Long rubricVersionId) {
        if (rubricVersionId == null) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().call(() -> rubrics.findByIdOptional(rubricVersionId)
                .map(v -> v.version).orElse(0));
    }

    private record Selection(RubricVersion rubric, List<Evaluation> evaluations) {
    }
}
