package dev.viva.evaluation;

import dev.viva.grading.GradingConfig;
import dev.viva.support.CachedTableWrites;
import dev.viva.support.WriteInvalidatedCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Each question's text, model answer and active rubric version, so that accepting an answer does not
 * read and parse them again. Any write to the questions or rubric versions through this process empties
 * it at once ({@link CachedTableWrites}); entries also expire after
 * {@code viva.grading.context-cache-ttl}, for writes by other instances sharing the database.
 */
@ApplicationScoped
public class GradingContextCache implements WriteInvalidatedCache {

    private record Entry(GradingContext context, long loadedAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts invalidations, so that a load racing with a write is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    public GradingContextCache(GradingConfig config) {
        this.ttlNanos = config.contextCacheTtl().toNanos();
    }

    /** The cached context of the question, else what {@code load} reads (a failing load is not cached). */
    public GradingContext get(String questionId, Supplier<GradingContext> load) {
        long now = System.nanoTime();
        Entry cached = entries.get(questionId);
        if (cached != null && now - cached.loadedAtNanos() < ttlNanos) {
            return cached.context();
        }
        long before = generation.get();
        GradingContext loaded = load.get();
        if (ttlNanos > 0 && generation.get() == before) {
            Entry entry = new Entry(loaded, now);
            entries.put(questionId, entry);
            if (generation.get() != before) {
                entries.remove(questionId, entry);
            }
        }
        return loaded;
    }

    @Override
    public Set<String> tables() {
        return Set.of("question", "rubric_version");
    }

    /** Forgets every question: something changed a question or which rubric version is active. */
    @Override
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
