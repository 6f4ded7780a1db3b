package dev.viva.grading.llm;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Wait between retries: what the server asked for in Retry-After, else exponential from the
 * configured initial back-off; never longer than the configured maximum. A new instance serves
 * each guarded call, so the attempt count is per call.
 */
public class RetryAfterBackoff implements CustomBackoffStrategy {

    private long initialMillis;
    private long maxMillis;
    private int attempt;

    @Override
    public void init(long initialDelayInMillis) {
        LlmGradingConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(LlmGradingConfig.class);
        initialMillis = config.initialBackoff().toMillis();
        maxMillis = config.maxBackoff().toMillis();
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        long exponential = initialMillis << Math.min(attempt++, 20);
        long wanted = cause instanceof LlmUnavailableException u
                ? u.retryAfter().map(d -> d.toMillis()).orElse(exponential)
                : exponential;
        return Math.max(0, Math.min(wanted, maxMillis));
    }
}
