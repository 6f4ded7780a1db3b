package dev.viva.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.security.ApiKeyCache.ActiveKey;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The API-key cache on its own: only active keys are kept, and never past a write to the keys. */
class ApiKeyCacheTest {

    private static final ActiveKey KEY = new ActiveKey(1, "api-key:bench", "client");

    @Test
    void keepsAnActiveKeyOnceLookedUp() {
        ApiKeyCache cache = cacheWithTtl(Duration.ofSeconds(5));

        cache.load("hash", () -> Optional.of(KEY));

        assertThat(cache.cached("hash")).contains(KEY);
    }

    @Test
    void neverKeepsAnUnknownOrRevokedKey() {
        ApiKeyCache cache = cacheWithTtl(Duration.ofSeconds(5));

        cache.load("hash", Optional::empty);

        assertThat(cache.cached("hash")).isEmpty();
    }

    @Test
    void forgetsEveryKeyWhenTheKeysAreWritten() {
        ApiKeyCache cache = cacheWithTtl(Duration.ofSeconds(5));
        cache.load("hash", () -> Optional.of(KEY));

        cache.invalidateAll();

        assertThat(cache.cached("hash")).isEmpty();
    }

    @Test
    void doesNotKeepAKeyLookedUpWhileTheKeysWereWritten() {
        ApiKeyCache cache = cacheWithTtl(Duration.ofSeconds(5));

        cache.load("hash", () -> {
            cache.invalidateAll();
            return Optional.of(KEY);
        });

        assertThat(cache.cached("hash")).isEmpty();
    }

    @Test
    void remembersAKeyForAtMostFiveSeconds() throws Exception {
        ApiKeyCache cache = cacheWithTtl(Duration.ofHours(1));
        assertThat(cache.ttl().toNanos()).isEqualTo(Duration.ofSeconds(5).toNanos());
    }

    private static ApiKeyCache cacheWithTtl(Duration ttl) {
        SecurityConfig config = (SecurityConfig) Proxy.newProxyInstance(SecurityConfig.class.getClassLoader(),
                new Class<?>[] {SecurityConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("apiKeyCacheTtl")) {
                        return ttl;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new ApiKeyCache(config);
    }
}
