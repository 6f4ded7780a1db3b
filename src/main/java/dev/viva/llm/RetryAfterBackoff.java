package dev.viva.llm;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import java.time.Duration;

/**
 * Wait between retries: what the server asked for in Retry-After, else exponential from the
 * configured initial back-off; never longer than the configured maximum. A new instance serves
 * each guarded call, so the attempt count is per call.
 */
final class RetryAfterBackoff implements CustomBackoffStrategy {

    private final long initialMillis;
    private final long maxMillis;
    private int attempt;

    RetryAfterBackoff(Duration initial, Duration max) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        long exponential = initialMillis << Math.min(attempt++, 20);
        long wanted = cause instanceof LlmUnavailableException u
                ? u.retryAfter().map(Duration::toMillis).orElse(exponential)
                : exponential;
        return Math.max(0, Math.min(wanted, maxMillis));
    }
}
