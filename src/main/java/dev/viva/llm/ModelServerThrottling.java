package dev.viva.llm;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How often the model server has answered HTTP 429 since this instance started, counted by the call
 * policy on every throttled attempt, retried or not. Batch work reads it to slow itself down.
 */
@ApplicationScoped
public class ModelServerThrottling {

    private final AtomicLong throttled = new AtomicLong();

    public void record() {
        throttled.incrementAndGet();
    }

    public long count() {
        return throttled.get();
    }
}
