package dev.viva.support;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An in-memory cache of rows that {@link CachedTableWrites} empties whenever one of its tables is written
 * through this process; entries also expire after a time to live, for writes by other instances sharing
 * the database. A load that races with a write is not kept.
 */
public abstract class WriteInvalidatedCache<K, V> {

    private record Entry<V>(V value, long loadedAtNanos) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Counts invalidations, so that a load racing with a write is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    protected WriteInvalidatedCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** For the client proxies of application-scoped subclasses only; such a proxy holds no entries. */
    protected WriteInvalidatedCache() {
        this(Duration.ZERO);
    }

    /** The tables whose rows the cache holds, as named in SQL. */
    public abstract Set<String> tables();

    /** How long an entry is kept at most; zero keeps nothing. */
    public Duration ttl() {
        return Duration.ofNanos(ttlNanos);
    }

    /** The value kept for {@code key}, if it is still fresh. */
    public Optional<V> cached(K key) {
        Entry<V> entry = entries.get(key);
        return entry != null && System.nanoTime() - entry.loadedAtNanos() < ttlNanos
                ? Optional.of(entry.value()) : Optional.empty();
    }

    /** Reads the value with {@code load} and keeps it when present, unless one of the tables was written meanwhile. */
    public Optional<V> load(K key, Supplier<Optional<V>> load) {
        long now = System.nanoTime();
        long before = generation.get();
        Optional<V> loaded = load.get();
        if (loaded.isPresent() && ttlNanos > 0 && generation.get() == before) {
            Entry<V> entry = new Entry<>(loaded.get(), now);
            entries.put(key, entry);
            if (generation.get() != before) {
                entries.remove(key, entry);
            }
        }
        return loaded;
    }

    /** Forgets everything: one of the tables was written. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
