package dev.viva.evaluation;

import dev.viva.grading.GradingConfig;
import dev.viva.support.CachedTableWrites;
import dev.viva.support.WriteInvalidatedCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Each question's text, model answer and active rubric version, so that accepting an answer does not
 * read and parse them again. Any write to the questions or rubric versions through this process empties
 * it at once ({@link CachedTableWrites}); entries also expire after
 * {@code viva.grading.context-cache-ttl}, for writes by other instances sharing the database.
 */
@ApplicationScoped
public class GradingContextCache extends WriteInvalidatedCache<String, GradingContext> {

    public GradingContextCache(GradingConfig config) {
        super(config.contextCacheTtl());
    }

    /** The cached context of the question, else what {@code load} reads (a failing load is not cached). */
    public GradingContext get(String questionId, Supplier<GradingContext> load) {
        return cached(questionId).orElseGet(() -> load(questionId, () -> Optional.of(load.get())).orElseThrow());
    }

    @Override
    public Set<String> tables() {
        return Set.of("question", "rubric_version");
    }
}
