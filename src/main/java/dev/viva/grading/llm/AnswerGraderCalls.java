package dev.viva.grading.llm;

import dev.langchain4j.service.Result;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.CustomBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Calls {@link AnswerGrader} with fault tolerance, as the super-heroes NarrationService does: bounded
 * retries on time-outs, 429 (after its Retry-After) and 5xx, and one circuit breaker for the model
 * server that stops calling it while it keeps failing: at least half of the last 20 calls failed.
 * (A window of a few calls would open on a burst of three reset connections among hundreds of calls
 * in flight and leave every grading ungraded for the breaker's 30 s.) The per-call time-out is the HTTP client's
 * ({@code viva.grading.llm.timeout}). Malformed replies are neither retried here nor counted as
 * server failures: {@link LlmGrader} repairs them. Blocking: meant for worker or virtual threads.
 *
 * <p>Retries are configured by {@code viva.grading.llm.retries} (mapped onto this method's
 * {@code Retry/maxRetries} in application.properties); the breaker can be tuned with the standard
 * MicroProfile keys {@code dev.viva.grading.llm.AnswerGraderCalls/send/CircuitBreaker/...}.
 */
@ApplicationScoped
public class AnswerGraderCalls {

    static final String CIRCUIT = "llm-answer-grader";

    private final AnswerGrader grader;

    public AnswerGraderCalls(AnswerGrader grader) {
        this.grader = grader;
    }

    /** One grading or repair call; throws {@link LlmUnavailableException} once retries are spent. */
    @Retry(maxRetries = 2, delay = 0, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            retryOn = LlmUnavailableException.class)
    @CustomBackoff(RetryAfterBackoff.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = LlmUnavailableException.class)
    @CircuitBreakerName(CIRCUIT)
    public Result<LlmGrading> send(Function<AnswerGrader, Result<LlmGrading>> call) {
        try {
            return call.apply(grader);
        } catch (RuntimeException e) {
            throw LlmFailures.classify(e);
        }
    }
}
