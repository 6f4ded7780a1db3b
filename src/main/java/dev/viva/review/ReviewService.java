package dev.viva.review;

import dev.viva.evaluation.CriterionResult;
import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.EvaluationStatus;
import dev.viva.grading.Verdict;
import dev.viva.support.DomainException;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A reviewer's decision on an evaluation: overrides are checked, each change is appended to the audit
 * trail, and the reviewed score is recomputed from the machine verdicts with the overrides applied. The
 * machine result itself is never changed.
 */
@ApplicationScoped
public class ReviewService {

    private final EvaluationRepository evaluations;
    private final RubricVersionRepository rubrics;
    private final ReviewEntryRepository entries;

    public ReviewService(EvaluationRepository evaluations, RubricVersionRepository rubrics,
            ReviewEntryRepository entries) {
        this.evaluations = evaluations;
        this.rubrics = rubrics;
        this.entries = entries;
    }

    @Transactional
    public ReviewOutcome review(UUID id, ReviewRequest request, String reviewer) {
        Evaluation e = evaluations.findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("Evaluation", id.toString()));
        if (e.criteria == null || e.criteria.isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Not graded yet",
                    "Evaluation " + id + " has no verdicts to review yet (status " + e.status + ").");
        }
        List<CriterionOverride> overrides = request == null ? List.of() : request.overridesOrEmpty();
        String comment = request == null ? null : blankToNull(request.comment());
        Map<String, Verdict> current = verdicts(e.reviewedCriteria != null ? e.reviewedCriteria : e.criteria);
        check(overrides, current);

        Map<String, Verdict> next = new LinkedHashMap<>(current);
        List<CriterionOverride> changes = new ArrayList<>();
        for (CriterionOverride o : overrides) {
            if (o.verdict() != current.get(o.criterionId())) {
                changes.add(o);
                next.put(o.criterionId(), o.verdict());
            }
        }
        BigDecimal before = e.reviewedScore != null ? e.reviewedScore : e.score;
        ReviewedScore reviewed = ReviewedScore.of(rubricOf(e).content, e.criteria, next);
        OffsetDateTime now = OffsetDateTime.now();
        List<ReviewEntry> appended = new ArrayList<>();
        for (CriterionOverride o : changes) {
            appended.add(entry(e, ReviewAction.OVERRIDE, o.criterionId(), current.get(o.criterionId()), o.verdict(),
                    o.reason().strip(), before, reviewed.score(), reviewer, now));
        }
        if (changes.isEmpty()) {
            appended.add(entry(e, ReviewAction.ACCEPT, null, null, null, comment, before, reviewed.score(), reviewer,
                    now));
        } else if (comment != null) {
            appended.add(entry(e, ReviewAction.COMMENT, null, null, null, comment, before, reviewed.score(), reviewer,
                    now));
        }
        entries.persist(appended);

        e.reviewedCriteria = reviewed.criteria();
        e.reviewedScore = reviewed.score();
        e.reviewedBy = reviewer;
        e.reviewedAt = now;
        e.status = EvaluationStatus.GRADED;
        return new ReviewOutcome(e.id, e.status, e.score, before, e.reviewedScore, e.reviewedCriteria,
                appended.stream().map(AuditEntry::of).toList());
    }

    @Transactional
    public List<AuditEntry> audit(UUID id) {
        if (evaluations.count("id", id) == 0) {
            throw DomainException.notFound("Evaluation", id.toString());
        }
        return entries.trail(id).stream().map(AuditEntry::of).toList();
    }

    private static void check(List<CriterionOverride> overrides, Map<String, Verdict> current) {
        List<String> unknown = new ArrayList<>();
        List<String> withoutReason = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (CriterionOverride o : overrides) {
            if (!current.containsKey(o.criterionId())) {
                unknown.add(o.criterionId());
            } else if (o.verdict() != current.get(o.criterionId()) && blankToNull(o.reason()) == null) {
                withoutReason.add(o.criterionId());
            }
            if (!seen.add(o.criterionId())) {
                repeated.add(o.criterionId());
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Unknown criterion", "This evaluation has no criterion "
                    + String.join(", ", unknown) + "; its criteria are " + String.join(", ", current.keySet()) + ".",
                    Map.of("unknownCriteria", unknown));
        }
        if (!repeated.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Criterion repeated",
                    "Each criterion may be overridden once per review: " + String.join(", ", repeated) + ".");
        }
        if (!withoutReason.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Reason required", "A changed verdict needs a reason: "
                    + String.join(", ", withoutReason) + ".", Map.of("criteriaWithoutReason", withoutReason));
        }
    }

    private RubricVersion rubricOf(Evaluation e) {
        return rubrics.findByIdOptional(e.rubricVersionId).orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT,
                "Rubric missing", "The rubric version this evaluation was graded with is not stored."));
    }

    private static Map<String, Verdict> verdicts(List<CriterionResult> criteria) {
        Map<String, Verdict> map = new LinkedHashMap<>();
        criteria.forEach(c -> map.put(c.criterionId(), c.verdict()));
        return map;
    }

    private static ReviewEntry entry(Evaluation e, ReviewAction action, String criterionId, Verdict before,
            Verdict after, String reason, BigDecimal scoreBefore, BigDecimal scoreAfter, String reviewer,
            OffsetDateTime at) {
        ReviewEntry entry = new ReviewEntry();
        entry.evaluationId = e.id;
        entry.action = action;
        entry.criterionId = criterionId;
        entry.beforeVerdict = before;
        entry.afterVerdict = after;
        entry.reason = reason;
        entry.scoreBefore = scoreBefore;
        entry.scoreAfter = scoreAfter;
        entry.reviewer = reviewer;
        entry.createdAt = at;
        return entry;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The answer to a review: machine score, score before and after this review, and what was appended. */
    public record ReviewOutcome(UUID evaluationId, EvaluationStatus status, BigDecimal machineScore,
            BigDecimal scoreBefore, BigDecimal reviewedScore, List<CriterionResult> criteria, List<AuditEntry> entries) {
    }
}
