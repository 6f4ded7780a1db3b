package dev.viva.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.grading.GradingConfig;
import dev.viva.question.Question;
import dev.viva.rubric.RubricVersion;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The question/rubric cache on its own: what it keeps, for how long, and what it never keeps. */
class GradingContextCacheTest {

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void readsAQuestionOnceWhileItsEntryIsFresh() {
        GradingContextCache cache = cacheWithTtl(Duration.ofMinutes(1));

        cache.get("q", this::load);
        cache.get("q", this::load);

        assertThat(loads).hasValue(1);
    }

    @Test
    void readsAgainAfterAnInvalidation() {
        GradingContextCache cache = cacheWithTtl(Duration.ofMinutes(1));

        cache.get("q", this::load);
        cache.invalidateAll();
        cache.get("q", this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void doesNotKeepWhatWasReadWhileAWriteHappened() {
        GradingContextCache cache = cacheWithTtl(Duration.ofMinutes(1));

        cache.get("q", () -> {
            cache.invalidateAll();
            return load();
        });
        cache.get("q", this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void readsAgainOnceTheEntryExpired() throws InterruptedException {
        GradingContextCache cache = cacheWithTtl(Duration.ofMillis(20));

        cache.get("q", this::load);
        Thread.sleep(40);
        cache.get("q", this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void aZeroTtlTurnsTheCacheOff() {
        GradingContextCache cache = cacheWithTtl(Duration.ZERO);

        cache.get("q", this::load);
        cache.get("q", this::load);

        assertThat(loads).hasValue(2);
    }

    private GradingContext load() {
        loads.incrementAndGet();
        return new GradingContext(new Question(), new RubricVersion());
    }

    private static GradingContextCache cacheWithTtl(Duration ttl) {
        GradingConfig config = (GradingConfig) Proxy.newProxyInstance(GradingConfig.class.getClassLoader(),
                new Class<?>[] {GradingConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("contextCacheTtl")) {
                        return ttl;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new GradingContextCache(config);
    }
}
