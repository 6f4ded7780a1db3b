package dev.viva.security;

import dev.viva.support.CachedTableWrites;
import dev.viva.support.WriteInvalidatedCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;

/**
 * Active API keys by hash, so that authenticating a request does not query the database each time.
 * Any write to the keys through this process (create, revoke) empties it at once ({@link CachedTableWrites});
 * entries expire after {@code viva.security.api-key-cache-ttl} (at most 5 s), for revocations by other
 * instances. Unknown and revoked keys are never cached.
 */
@ApplicationScoped
public class ApiKeyCache extends WriteInvalidatedCache<String, ApiKeyCache.ActiveKey> {

    /** What authentication needs of an active key. */
    public record ActiveKey(long id, String principal, String role) {
    }

    private static final Duration MAX_TTL = Duration.ofSeconds(5);

    public ApiKeyCache(SecurityConfig config) {
        super(config.apiKeyCacheTtl().compareTo(MAX_TTL) > 0 ? MAX_TTL : config.apiKeyCacheTtl());
    }

    @Override
    public Set<String> tables() {
        return Set.of("api_key");
    }
}
