package dev.viva.evaluation;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import dev.viva.grading.GradingPipeline.GradingOutcome;
import dev.viva.rubric.model.Criterion;
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
import jakarta.persistence.LockModeType;

/**
 * Writes of an evaluation after it was accepted, each in a short transaction of its own: the result
 * (or the failure) when grading ends, a regrade's new evaluation, the retry job's claims. Accepting an
 * answer is {@link EvaluationService}'s own transaction, committed before grading starts.
 */
@ApplicationScoped
public class EvaluationStore {

    private final EvaluationRepository evaluations;
    private final jakarta.enterprise.event.Event<EvaluationFinished> finished;

    public EvaluationStore(EvaluationRepository evaluations, jakarta.enterprise.event.Event<EvaluationFinished> finished) {
        this.evaluations = evaluations;
        this.finished = finished;
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
     * Stores a grading's result. It is written only over the very answer that was graded and only
     * once: should the answer have been replaced meanwhile (a screening upload before grading), or
     * another worker have recorded a result first, the stored evaluation is returned unchanged.
     */
    @WithSpan("viva.store")
    public Evaluation recordOutcome(UUID id, String gradedAnswerHash, GradingContext context, GradingOutcome outcome) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Evaluation e = evaluations.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (e.status != EvaluationStatus.UNGRADED || !e.answerHash.equals(gradedAnswerHash)) {
                return e;
            }
            e.status = outcome.needsReview() ? EvaluationStatus.NEEDS_REVIEW : EvaluationStatus.GRADED;
            e.score = outcome.score();
            e.criteria = results(context, outcome);
            e.feedback = outcome.output().feedback();
            e.flags = new ArrayList<>(outcome.flags().stream().sorted().toList());
            e.confidence = outcome.output().confidence();
            e.provenance = provenance(context, outcome);
            e.attempts++;
            e.lastError = null;
            e.nextAttemptAt = null;
            e.gradedAt = OffsetDateTime.now();
            announceIfAsync(e);
            return e;
        });
    }

    /**
     * The grading failed: the answer stays stored as ungraded and is retried later, never scored 0.
     * A grading the model server could not serve ({@code serverUnavailable}) is not charged an attempt.
     */
    public Evaluation recordFailure(UUID id, String reason, boolean retryable, boolean serverUnavailable, int maxAttempts,
            Duration delay) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Evaluation e = evaluations.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (e.status != EvaluationStatus.UNGRADED) {
                return e;
            }
            if (serverUnavailable) {
                e.lastError = reason;
                e.nextAttemptAt = OffsetDateTime.now().plus(delay);
                return e;
            }
            e.attempts++;
            e.status = EvaluationStatus.UNGRADED;
            e.lastError = reason;
            e.nextAttemptAt = retryable && e.attempts < maxAttempts ? OffsetDateTime.now().plus(delay) : null;
            if (e.nextAttemptAt == null) {
                announceIfAsync(e);
            }
            return e;
        });
    }

    /** Announces a result that was reused for an asynchronous request (an identical earlier grading). */
    public void announce(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> announceIfAsync(evaluations.findById(id)));
    }

    /** The end of an asynchronous grading is announced in the transaction that stores it. */
    private void announceIfAsync(Evaluation e) {
        if (e.callbackUrl != null) {
            finished.fire(new EvaluationFinished(e));
        }
    }

    /**
     * Claims one ungraded evaluation for grading by pushing its next attempt out by a lease, unless it
     * is graded, or claimed by a worker whose lease still runs. An evaluation whose worker died is
     * claimed again (here or by the retry job) once the lease has run out.
     */
    public boolean claim(UUID id, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> evaluations.update(
                "nextAttemptAt = ?1 where id = ?2 and status = ?3 and (nextAttemptAt is null or nextAttemptAt <= ?4)",
                OffsetDateTime.now().plus(lease), id, EvaluationStatus.UNGRADED, OffsetDateTime.now()) == 1);
    }

    /** Lets go of a claim without grading: the evaluation waits, unclaimed, for whoever hands it over again. */
    public void release(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> evaluations.update(
                "nextAttemptAt = null where id = ?1 and status = ?2", id, EvaluationStatus.UNGRADED));
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

    private static List<CriterionResult> results(GradingContext context, GradingOutcome outcome) {
        Map<String, Criterion> criteria = new HashMap<>();
        context.rubric().criteria().forEach(c -> criteria.put(c.id(), c));
        return outcome.verdicts().stream().map(v -> {
            Criterion c = criteria.get(v.criterionId());
            return new CriterionResult(v.criterionId(), c.kind(), c.weight(), v.verdict(),
                    outcome.points().getOrDefault(v.criterionId(), BigDecimal.ZERO), v.evidence(), v.rationale(),
                    outcome.unverifiedCriteria().contains(v.criterionId()));
        }).toList();
    }

    private static Provenance provenance(GradingContext context, GradingOutcome outcome) {
        Map<String, Object> settings = new HashMap<>(outcome.output().settings());
        settings.put("language", outcome.language());
        if (!outcome.secondOpinion().isEmpty()) {
            settings.put("secondOpinion", outcome.secondOpinion());
        }
        if (!outcome.injectionFindings().isEmpty()) {
            settings.put("guardFindings", outcome.injectionFindings());
            // offsets into the answer after NFKC normalisation with format characters dropped: the text graded
            settings.put("removedFromAnswer", outcome.removed().stream()
                    .map(r -> Map.of("start", r.start(), "end", r.end(), "text", r.text())).toList());
        }
        var usage = outcome.output().usage();
        return new Provenance(context.questionId(), context.rubricVersion(), context.rubricHash(), outcome.grader(),
                outcome.output().model(), settings, outcome.output().prompts(), usage.tokensIn(), usage.tokensOut(),
                outcome.latencyMillis(), null);
    }
}
