package dev.viva.support;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value computed at most once per time-to-live, for gauges that query the database: every meter of one
 * query reads the same snapshot, and a scrape every few seconds costs one query, not one per series.
 * A load that fails keeps nothing, so the next read tries again.
 */
public final class CachedValue<T> {

    private final Supplier<T> load;
    private final long ttlNanos;
    private final LongSupplier clock;
    private T value;
    private long loadedAt;
    private boolean loaded;

    public CachedValue(Supplier<T> load, Duration ttl) {
        this(load, ttl, System::nanoTime);
    }

    CachedValue(Supplier<T> load, Duration ttl, LongSupplier clock) {
        this.load = load;
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
    }

    public synchronized T get() {
        long now = clock.getAsLong();
        if (!loaded || now - loadedAt >= ttlNanos) {
            value = load.get();
            loadedAt = now;
            loaded = true;
        }
        return value;
    }
}
