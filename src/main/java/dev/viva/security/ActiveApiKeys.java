package dev.viva.security;

import io.quarkus.cache.CacheResult;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Active API keys by hash, cached (quarkus-cache, {@value #CACHE}) so that authenticating a request
 * does not query the database each time. Creating or revoking a key empties the cache
 * ({@link dev.viva.support.CacheInvalidation}); entries expire after
 * {@code viva.security.api-key-cache-ttl} (default 5 s), for revocations by other instances. Unknown
 * and revoked keys are never cached (the failure is not).
 */
@ApplicationScoped
public class ActiveApiKeys {

    public static final String CACHE = "api-key";

    /** What authentication needs of an active key. */
    public record ActiveKey(long id, String principal, String role) {
    }

    private final ApiKeyRepository keys;

    public ActiveApiKeys(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @CacheResult(cacheName = CACHE)
    @Transactional
    public ActiveKey byHash(String hash) {
        return keys.findActiveByHash(hash).map(key -> new ActiveKey(key.id, key.principal(), key.role))
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API key"));
    }
}
