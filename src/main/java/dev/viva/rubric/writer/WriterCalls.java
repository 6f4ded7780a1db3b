package dev.viva.rubric.writer;

import dev.langchain4j.service.Result;
import dev.viva.grading.llm.LlmFailures;
import dev.viva.grading.llm.LlmUnavailableException;
import dev.viva.grading.llm.RetryAfterBackoff;
import io.smallrye.faulttolerance.api.CustomBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Calls {@link RubricWriter} and {@link ModelAnswerWriter} with the fault tolerance of the grader's
 * calls ({@link dev.viva.grading.llm.AnswerGraderCalls}): bounded retries on time-outs, 429 (after its
 * Retry-After) and 5xx, and a circuit breaker per method. Failures are sorted by {@link LlmFailures};
 * malformed replies are not retried here, the callers ask for a repair once. Retries follow
 * {@code viva.grading.llm.retries} (see application.properties).
 */
@ApplicationScoped
public class WriterCalls {

    private final RubricWriter rubricWriter;
    private final ModelAnswerWriter modelAnswerWriter;

    public WriterCalls(RubricWriter rubricWriter, ModelAnswerWriter modelAnswerWriter) {
        this.rubricWriter = rubricWriter;
        this.modelAnswerWriter = modelAnswerWriter;
    }

    @Retry(maxRetries = 2, delay = 0, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            retryOn = LlmUnavailableException.class)
    @CustomBackoff(RetryAfterBackoff.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = LlmUnavailableException.class)
    public Result<LlmRubricDraft> rubric(Function<RubricWriter, Result<LlmRubricDraft>> call) {
        try {
            return call.apply(rubricWriter);
        } catch (RuntimeException e) {
            throw LlmFailures.classify(e);
        }
    }

    @Retry(maxRetries = 2, delay = 0, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            retryOn = LlmUnavailableException.class)
    @CustomBackoff(RetryAfterBackoff.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = LlmUnavailableException.class)
    public Result<LlmModelAnswer> modelAnswer(Function<ModelAnswerWriter, Result<LlmModelAnswer>> call) {
        try {
            return call.apply(modelAnswerWriter);
        } catch (RuntimeException e) {
            throw LlmFailures.classify(e);
        }
    }
}
