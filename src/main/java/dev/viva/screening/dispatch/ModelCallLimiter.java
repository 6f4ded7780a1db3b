package dev.viva.screening.dispatch;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limiter.BlockingLimiter;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import dev.viva.llm.ModelServerThrottling;
import dev.viva.screening.ScreeningConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Bounds the screenings' gradings that call the model server at once on this instance
 * (viva.screening.max-llm-in-flight), and adapts the bound: when the server has answered 429 since
 * the last adjustment, the bound is halved (AIMD, Netflix concurrency-limits), and it grows back by
 * one as gradings succeed. A 429 slows a screening down; the grading itself is retried, never failed.
 */
@ApplicationScoped
public class ModelCallLimiter {

    private final Limiter<Void> limiter;
    private final AIMDLimit limit;
    private final ModelServerThrottling throttling;
    private final AtomicLong throttlesApplied = new AtomicLong();

    public ModelCallLimiter(ScreeningConfig config, ModelServerThrottling throttling) {
        this.throttling = throttling;
        int max = Math.max(1, config.maxLlmInFlight());
        this.limit = AIMDLimit.newBuilder().initialLimit(max).minLimit(1).maxLimit(max).backoffRatio(0.5)
                // a model call is slow by nature: only a 429 counts as a sign of overload, never latency
                .timeout(1, TimeUnit.DAYS).build();
        this.limiter = BlockingLimiter.wrap(SimpleLimiter.newBuilder().limit(limit).build(), Duration.ofMinutes(30));
    }

    /** Runs a grading that calls the model once a slot is free; waits while the bound is reached. */
    public <T> T call(Supplier<T> grading) {
        Limiter.Listener slot = limiter.acquire(null)
                .orElseThrow(() -> new IllegalStateException("No model-call slot came free in 30 minutes"));
        long before = throttling.count();
        boolean done = false;
        try {
            T result = grading.get();
            done = true;
            return result;
        } finally {
            long now = throttling.count();
            long applied = throttlesApplied.get();
            if (now > Math.max(before, applied) && throttlesApplied.compareAndSet(applied, now)) {
                slot.onDropped(); // one halving per batch of 429s, however many gradings saw them
            } else if (done) {
                slot.onSuccess();
            } else {
                slot.onIgnore();
            }
        }
    }

    /** The bound in force now. */
    public int currentLimit() {
        return limit.getLimit();
    }
}
