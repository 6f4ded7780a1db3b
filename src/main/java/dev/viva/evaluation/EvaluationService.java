package dev.viva.evaluation;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import dev.viva.grading.GraderKind;
import dev.viva.grading.GraderSelector;
import dev.viva.grading.GradingConfig;
import dev.viva.grading.GradingFailedException;
import dev.viva.grading.GradingPipeline;
import dev.viva.grading.GradingPipeline.GradingOutcome;
import dev.viva.jobs.JobEngine;
import dev.viva.question.Viewer;
import dev.viva.support.DomainException;
import dev.viva.support.Causes;
import dev.viva.support.Hashes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Accepts an answer and grades it: validate, store, grade, store the result. An accepted answer is
 * committed before grading starts; a grading that fails leaves it ungraded for the retry job.
 */
@ApplicationScoped
public class EvaluationService {

    private static final Logger LOG = Logger.getLogger(EvaluationService.class);

    private final EvaluationStore store;
    private final EvaluationRepository evaluations;
    private final GraderSelector graders;
    private final GradingPipeline pipeline;
    private final GradingConfig config;
    private final GradingContexts contexts;
    private final CallbackTargets callbacks;
    private final JobEngine jobs;
    private final Tracer tracer;
    private final GradingMeters meters;

    public EvaluationService(EvaluationStore store, EvaluationRepository evaluations,
            GraderSelector graders, GradingPipeline pipeline, GradingConfig config,
            GradingContexts contexts, CallbackTargets callbacks, JobEngine jobs, Tracer tracer, GradingMeters meters) {
        this.store = store;
        this.evaluations = evaluations;
        this.graders = graders;
        this.pipeline = pipeline;
        this.config = config;
        this.contexts = contexts;
        this.callbacks = callbacks;
        this.jobs = jobs;
        this.tracer = tracer;
        this.meters = meters;
    }

    /** @return the evaluation and whether it was created now (false: an earlier one with the same Idempotency-Key) */
    @WithSpan("viva.answer")
    public Submitted submit(EvaluationRequest request, String idempotencyKey, boolean force, Viewer caller) {
        return submit(request, idempotencyKey, force, caller, false, null);
    }

    /**
     * @param async    store the answer and grade it on the job engine; the caller gets the ungraded
     *                 evaluation at once, and {@code request.callbackUrl()} (if any) the feedback later
     * @param language the feedback language asked for (request field or Accept-Language), or null
     */
    @WithSpan("viva.answer")
    public Submitted submit(EvaluationRequest request, String idempotencyKey, boolean force, Viewer caller,
            boolean async, String language) {
        String clientRef = caller.principal();
        String answer = request.answer();
        if (request.callbackUrl() != null) {
            if (!async) {
                throw new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid request",
                        "callbackUrl is for asynchronous requests: send Prefer: respond-async or ?async=true.");
            }
            callbacks.requireAllowed(request.callbackUrl(), clientRef);
        }
        if (answer.isBlank() || answer.length() > config.maxAnswerChars()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid request", "answer: must be 1 to " + config.maxAnswerChars()
                    + " characters and not blank (got " + answer.length() + ").",
                    Map.of("violations", java.util.List.of(Map.of("field", "answer",
                            "message", "size must be between 1 and " + config.maxAnswerChars()))));
        }
        GraderKind requested = request.grader() != null ? request.grader()
                : GraderKind.valueOf(config.defaultGrader().toUpperCase());
        GraderKind resolved = graders.resolve(requested);
        String answerHash = Hashes.sha256(answer);
        // One short transaction accepts the answer: an earlier request with this key, the question and
        // its rubric, an identical earlier grading, and the insert. It commits before grading starts.
        Accepted accepted;
        Span acceptSpan = tracer.spanBuilder("viva.accept").startSpan();
        try (Scope ignored = acceptSpan.makeCurrent()) {
            accepted = QuarkusTransaction.requiringNew().call(() -> {
                Optional<Evaluation> earlier = idempotencyKey == null ? Optional.empty()
                        : evaluations.find("idempotencyKey", idempotencyKey).firstResultOptional();
                if (earlier.isPresent()) {
                    return new Accepted(earlier.get(), null, Accepted.Kind.EARLIER_REQUEST);
                }
                GradingContext context = contexts.target(request.questionId()).contextFor(caller);
                String cacheKey = cacheKey(answerHash, context, requested, resolved);
                Optional<Evaluation> identical = force ? Optional.empty() : cachedResult(cacheKey);
                Evaluation e = submission(request, answerHash, requested, context, cacheKey, idempotencyKey, clientRef);
                e.callbackUrl = async ? request.callbackUrl() : null;
                e.feedbackLang = language;
                identical.ifPresent(source -> copyResult(source, e));
                evaluations.persist(e);
                return new Accepted(e, context,
                        identical.isPresent() ? Accepted.Kind.IDENTICAL_RESULT_REUSED : Accepted.Kind.TO_GRADE);
            });
        } catch (RuntimeException ex) {
            if (idempotencyKey != null && isUniqueViolation(ex)) {
                // a concurrent request with the same key committed first
                return replay(byIdempotencyKey(idempotencyKey).orElseThrow(() -> ex), request);
            }
            throw ex;
        } finally {
            acceptSpan.end();
        }
        return switch (accepted.kind()) {
            case EARLIER_REQUEST -> replay(accepted.evaluation(), request);
            case IDENTICAL_RESULT_REUSED -> {
                meters.reused(resolved);
                if (accepted.evaluation().callbackUrl != null) {
                    store.announce(accepted.evaluation().id);
                }
                yield new Submitted(accepted.evaluation(), true);
            }
            case TO_GRADE -> async ? enqueue(accepted.evaluation())
                    : new Submitted(grade(accepted.evaluation(), accepted.context()), true);
        };
    }

    /**
     * Hands the stored answer to the job engine. Should the hand-over be lost (this instance dies
     * first), the retry job grades it after the first retry delay: accepted answers are never lost.
     */
    private Submitted enqueue(Evaluation e) {
        jobs.enqueue(new GradeEvaluation(e.id));
        return new Submitted(e, true);
    }

    /** Grades a stored evaluation unless another worker already did (the job engine's entry point). */
    public void gradeIfUngraded(UUID id) {
        store.find(id).filter(e -> e.status == EvaluationStatus.UNGRADED && e.attempts == 0)
                .ifPresent(e -> grade(e, contexts.of(e.questionId, e.rubricVersionId)));
    }

    /**
     * An answer of a batch (a screening), validated against its question like any submission and ready
     * to be stored, not yet persisted; call inside a transaction. It has no next attempt: the batch's
     * job claims it ({@link EvaluationStore#claim}), and the retry job takes it only after a claim ran out.
     */
    public Evaluation prepareQueued(String questionId, String candidateRef, String answer, GraderKind requested,
            Viewer caller) {
        GraderKind resolved = graders.resolve(requested);
        GradingContext context = contexts.target(questionId).contextFor(caller);
        String answerHash = Hashes.sha256(answer);
        Evaluation e = submission(new EvaluationRequest(questionId, answer, candidateRef, requested), answerHash,
                requested, context, cacheKey(answerHash, context, requested, resolved), null, caller.principal());
        e.nextAttemptAt = null;
        return e;
    }

    /** Whether gradings requested with this grader would call the model server (llm, or auto with an LLM). */
    public boolean callsModel(GraderKind requested) {
        return graders.resolve(requested) == GraderKind.LLM;
    }

    /** Everything that determines a result: an identical request may reuse it. */
    private String cacheKey(String answerHash, GradingContext context, GraderKind requested, GraderKind resolved) {
        return Hashes.sha256(String.join("|", answerHash, context.rubricHash(), requested.name(),
                graders.get(resolved).fingerprint(),
                requested == GraderKind.AUTO ? graders.offline().map(g -> g.fingerprint()).orElse("") : ""));
    }

    private Evaluation submission(EvaluationRequest request, String answerHash, GraderKind requested,
            GradingContext context, String cacheKey, String idempotencyKey, String clientRef) {
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.questionId = context.questionId();
        e.candidateRef = request.candidateRef();
        e.clientRef = clientRef;
        e.answer = request.answer();
        e.answerHash = answerHash;
        e.requestedGrader = requested;
        e.status = EvaluationStatus.UNGRADED;
        e.rubricVersionId = context.rubricVersionId();
        e.cacheKey = cacheKey;
        e.idempotencyKey = idempotencyKey;
        e.createdAt = OffsetDateTime.now();
        // Should this process die mid-grading, the retry job picks the answer up after the first delay.
        e.nextAttemptAt = e.createdAt.plus(config.retry().initialDelay());
        return e;
    }

    /** Grades a stored evaluation again (retry job); the rubric version is the one it was accepted with. */
    public Evaluation regradeStored(UUID id) {
        Evaluation e = store.find(id).orElseThrow();
        GradingContext context = contexts.of(e.questionId, e.rubricVersionId);
        return grade(e, context);
    }

    /** Grades a stored (detached) evaluation outside any transaction and records the outcome. */
    private Evaluation grade(Evaluation stored, GradingContext context) {
        UUID id = stored.id;
        long started = System.nanoTime();
        try {
            GradingOutcome outcome = pipeline.grade(stored.requestedGrader, context.questionId(),
                    context.questionText(), context.modelAnswer(), context.rubric(), stored.answer, stored.feedbackLang);
            Evaluation graded = store.recordOutcome(id, stored.answerHash, context, outcome);
            meters.graded(outcome.grader(), GradingMeters.Outcome.of(graded.status), outcome.flags(), since(started));
            return graded;
        } catch (GradingFailedException ex) {
            LOG.warnf("Grading of evaluation %s failed (%s); it stays ungraded", id, ex.getMessage());
            return failed(stored, started, store.recordFailure(id, ex.getMessage(), ex.retryable(),
                    ex.serverUnavailable(), config.retry().maxAttempts(), backoff(stored.attempts + 1)));
        } catch (DomainException ex) {
            // the configuration changed since the answer was accepted (for instance the LLM was removed)
            return failed(stored, started, store.recordFailure(id, ex.getMessage(), true, false,
                    config.retry().maxAttempts(), backoff(stored.attempts + 1)));
        } catch (RuntimeException ex) {
            LOG.errorf(ex, "Grading of evaluation %s failed unexpectedly; it stays ungraded", id);
            return failed(stored, started, store.recordFailure(id, "Internal grading error: "
                    + ex.getClass().getSimpleName(), true, false, config.retry().maxAttempts(),
                    backoff(stored.attempts + 1)));
        }
    }

    private Evaluation failed(Evaluation stored, long started, Evaluation recorded) {
        meters.graded(graderOf(stored.requestedGrader), GradingMeters.Outcome.UNGRADED, java.util.List.of(),
                since(started));
        return recorded;
    }

    /** The grader a failed grading ran on: the one the request resolves to, or the LLM if it has gone since. */
    private GraderKind graderOf(GraderKind requested) {
        try {
            return graders.resolve(requested);
        } catch (DomainException llmGone) {
            return GraderKind.LLM;
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    Duration backoff(int attempt) {
        Duration delay = config.retry().initialDelay().multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
        return delay.compareTo(config.retry().maxDelay()) > 0 ? config.retry().maxDelay() : delay;
    }

    private Optional<Evaluation> byIdempotencyKey(String key) {
        return QuarkusTransaction.requiringNew().call(() -> evaluations.find("idempotencyKey", key).firstResultOptional());
    }

    /** The newest real (not itself cached) grading with this cache key; call inside a transaction. */
    private Optional<Evaluation> cachedResult(String cacheKey) {
        return evaluations.find("cacheKey = ?1 and status <> ?2 and cachedFrom is null order by createdAt desc",
                cacheKey, EvaluationStatus.UNGRADED).firstResultOptional();
    }

    private static Submitted replay(Evaluation earlier, EvaluationRequest request) {
        boolean sameRequest = earlier.questionId.equals(request.questionId())
                && earlier.answerHash.equals(Hashes.sha256(request.answer()));
        if (!sameRequest) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request; use a new key for a new answer.");
        }
        return new Submitted(earlier, false);
    }

    private static void copyResult(Evaluation source, Evaluation target) {
        target.status = source.status;
        target.score = source.score;
        target.criteria = source.criteria;
        target.feedback = source.feedback;
        target.flags = new java.util.ArrayList<>(source.flags);
        target.confidence = source.confidence;
        target.provenance = source.provenance;
        target.cachedFrom = source.id;
        target.gradedAt = target.createdAt;
        target.nextAttemptAt = null;
    }

    private static boolean isUniqueViolation(Throwable ex) {
        return Causes.find(ex, ConstraintViolationException.class).isPresent();
    }

    /** What accepting a request gave: the stored evaluation, and the context to grade it in (TO_GRADE only). */
    private record Accepted(Evaluation evaluation, GradingContext context, Kind kind) {

        enum Kind {
            /** The Idempotency-Key was used before: that request's evaluation, nothing stored now. */
            EARLIER_REQUEST,
            /** Stored with the result of an identical earlier grading (cached). */
            IDENTICAL_RESULT_REUSED,
            /** Stored ungraded; grade it now. */
            TO_GRADE
        }
    }

    public record Submitted(Evaluation evaluation, boolean created) {
    }
}
