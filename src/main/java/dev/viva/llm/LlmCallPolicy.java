package dev.viva.llm;

import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The one call policy for every model call, whichever AI service makes it: bounded retries on
 * time-outs, 429 (after its Retry-After) and 5xx with exponential back-off, and ONE circuit breaker
 * for the model server, which stops calling it while it keeps failing. Built from {@link LlmConfig}
 * with SmallRye Fault Tolerance's programmatic {@link Guard}, so it is set with {@code viva.llm.*} keys.
 * Malformed replies are neither retried here nor counted as server failures: {@link ValidatedCalls}
 * asks for a repair. Blocking: meant for worker or virtual threads.
 */
@ApplicationScoped
public class LlmCallPolicy {

    /** The breaker's name, for CircuitBreakerMaintenance (tests, metrics). */
    public static final String CIRCUIT = "llm";

    private final Guard guard;
    private final ModelServerThrottling throttling;
    private final Event<ModelCallFinished> finished;
    private final String model;

    public LlmCallPolicy(LlmConfig config, ModelServerThrottling throttling, Event<ModelCallFinished> finished) {
        this.throttling = throttling;
        this.finished = finished;
        this.model = config.model();
        LlmConfig.CircuitBreaker breaker = config.circuitBreaker();
        // the description names the guard in SmallRye Fault Tolerance's ft_* metrics (method="llm")
        this.guard = Guard.create().withDescription(CIRCUIT)
                .withRetry().maxRetries(config.retries()).delay(0, ChronoUnit.MILLIS)
                .maxDuration(10, ChronoUnit.MINUTES).retryOn(LlmUnavailableException.class)
                .withCustomBackoff()
                .strategy(() -> new RetryAfterBackoff(config.initialBackoff(), config.maxBackoff())).done()
                .done()
                .withCircuitBreaker().name(CIRCUIT).requestVolumeThreshold(breaker.window())
                .failureRatio(breaker.failureRatio()).delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .failOn(LlmUnavailableException.class).done()
                .build();
    }

    /**
     * One model call under the policy. Throws {@link LlmUnavailableException} once the retries are
     * spent or while the breaker is open, {@link MalformedReplyException} for a reply that is not the
     * expected JSON, and {@link LlmCallFailedException} for anything else.
     */
    @SuppressWarnings("unchecked")
    public <T> Result<T> call(Supplier<Result<T>> call) {
        Class<Result<T>> type = (Class<Result<T>>) (Class<?>) Result.class;
        try {
            return guard.get(() -> {
                long started = System.nanoTime();
                try {
                    Result<T> result = call.get();
                    TokenUsage usage = result.tokenUsage();
                    finish(started, ModelCallFinished.Outcome.SUCCESS, usage);
                    return result;
                } catch (RuntimeException e) {
                    RuntimeException failure = LlmFailures.classify(e);
                    if (failure instanceof LlmUnavailableException unavailable && unavailable.throttled()) {
                        throttling.record();
                    }
                    finish(started, switch (failure) {
                        case MalformedReplyException malformed -> ModelCallFinished.Outcome.MALFORMED;
                        case LlmUnavailableException unavailable -> ModelCallFinished.Outcome.UNAVAILABLE;
                        default -> ModelCallFinished.Outcome.FAILED;
                    }, null);
                    throw failure;
                }
            }, type);
        } catch (CircuitBreakerOpenException e) {
            throw new LlmUnavailableException("The model server keeps failing; calls are paused (circuit open)",
                    null, e);
        }
    }

    private void finish(long startedNanos, ModelCallFinished.Outcome outcome, TokenUsage usage) {
        long in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        long out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        finished.fire(new ModelCallFinished(model, outcome, Duration.ofNanos(System.nanoTime() - startedNanos), in, out));
    }
}
