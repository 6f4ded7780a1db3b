package dev.viva.evaluation;

import dev.viva.grading.Flag;
import dev.viva.grading.GradingPipeline.GradingOutcome;
import dev.viva.rubric.Criterion;
import dev.viva.rubric.RubricVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every write of an evaluation, each in a short transaction of its own: the submission is committed
 * before grading starts, and the result (or the failure) after it ends.
 */
@ApplicationScoped
public class EvaluationStore {

    private final EvaluationRepository evaluations;

    public EvaluationStore(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    public Evaluation insert(Evaluation submission) {
        return QuarkusTransaction.requiringNew().call(() -> {
            evaluations.persist(submission);
            return submission;
        });
    }

    public Optional<Evaluation> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> evaluations.findByIdOptional(id));
    }

    /**
     * Records the result of grading {@code graded} (as stored, detached) with one UPDATE by id, without
     * reading the row again, and returns it with the result applied.
     */
    public Evaluation recordOutcome(Evaluation graded, RubricVersion rubric, GradingOutcome outcome) {
        EvaluationStatus status = outcome.needsReview() ? EvaluationStatus.NEEDS_REVIEW : EvaluationStatus.GRADED;
        List<CriterionResult> criteria = results(rubric, outcome);
        List<Flag> flags = new ArrayList<>(outcome.flags().stream().sorted().toList());
        Provenance provenance = provenance(rubric, outcome);
        OffsetDateTime gradedAt = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(() -> evaluations.update("""
                status = ?1, score = ?2, criteria = ?3, feedback = ?4, flags = ?5, confidence = ?6, provenance = ?7,
                attempts = attempts + 1, lastError = null, nextAttemptAt = null, gradedAt = ?8 where id = ?9""",
                status, outcome.score(), criteria, outcome.output().feedback(), flags, outcome.output().confidence(),
                provenance, gradedAt, graded.id));
        graded.status = status;
        graded.score = outcome.score();
        graded.criteria = criteria;
        graded.feedback = outcome.output().feedback();
        graded.flags = flags;
        graded.confidence = outcome.output().confidence();
        graded.provenance = provenance;
        graded.attempts++;
        graded.lastError = null;
        graded.nextAttemptAt = null;
        graded.gradedAt = gradedAt;
        return graded;
    }

    /** The grading failed: the answer stays stored as ungraded and is retried later, never scored 0. */
    public Evaluation recordFailure(UUID id, String reason, boolean retryable, int maxAttempts, Duration delay) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Evaluation e = evaluations.findById(id);
            e.attempts++;
            e.status = EvaluationStatus.UNGRADED;
            e.lastError = reason;
            e.nextAttemptAt = retryable && e.attempts < maxAttempts ? OffsetDateTime.now().plus(delay) : null;
            return e;
        });
    }

    /** Claims due ungraded evaluations for a retry by pushing their next attempt out by a lease. */
    public List<UUID> claimDue(int maxAttempts, int batchSize, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Evaluation> due = evaluations.find(
                    "status = ?1 and nextAttemptAt <= ?2 and attempts < ?3 order by nextAttemptAt",
                    EvaluationStatus.UNGRADED, OffsetDateTime.now(), maxAttempts).page(0, batchSize).list();
            OffsetDateTime leaseEnd = OffsetDateTime.now().plus(lease);
            due.forEach(e -> e.nextAttemptAt = leaseEnd);
            return due.stream().map(e -> e.id).toList();
        });
    }

    private static List<CriterionResult> results(RubricVersion rubric, GradingOutcome outcome) {
        Map<String, Criterion> criteria = new HashMap<>();
        rubric.content.criteria().forEach(c -> criteria.put(c.id(), c));
        return outcome.verdicts().stream().map(v -> {
            Criterion c = criteria.get(v.criterionId());
            return new CriterionResult(v.criterionId(), c.kind(), c.weight(), v.verdict(),
                    outcome.points().getOrDefault(v.criterionId(), BigDecimal.ZERO), v.evidence(), v.rationale(),
                    outcome.unverifiedCriteria().contains(v.criterionId()));
        }).toList();
    }

    private static Provenance provenance(RubricVersion rubric, GradingOutcome outcome) {
        Map<String, Object> settings = new HashMap<>(outcome.output().settings());
        if (!outcome.crossCheck().isEmpty()) {
            settings.put("crossCheck", outcome.crossCheck());
        }
        if (!outcome.injectionFindings().isEmpty()) {
            settings.put("removedFromAnswer", outcome.injectionFindings());
        }
        var usage = outcome.output().usage();
        return new Provenance(rubric.questionId, rubric.version, rubric.contentHash, outcome.grader(),
                outcome.output().model(), settings, outcome.output().prompts(), usage.tokensIn(), usage.tokensOut(),
                outcome.latencyMillis(), null);
    }
}
