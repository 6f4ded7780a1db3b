package dev.viva.security;

import dev.viva.support.CachedTableWrites;
import dev.viva.support.WriteInvalidatedCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Active API keys by hash, so that authenticating a request does not query the database each time.
 * Any write to the keys through this process (create, revoke) empties it at once ({@link CachedTableWrites});
 * entries expire after {@code viva.security.api-key-cache-ttl} (at most 5 s), for revocations by other
 * instances. Unknown and revoked keys are never cached.
 */
@ApplicationScoped
public class ApiKeyCache implements WriteInvalidatedCache {

    /** What authentication needs of an active key. */
    public record ActiveKey(long id, String principal, String role) {
    }

    private record Entry(ActiveKey key, long loadedAtNanos) {
    }

    private static final Duration MAX_TTL = Duration.ofSeconds(5);

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    public ApiKeyCache(SecurityConfig config) {
        this.ttlNanos = Math.min(config.apiKeyCacheTtl().toNanos(), MAX_TTL.toNanos());
    }

    /** The cached active key with this hash, if any. */
    public Optional<ActiveKey> cached(String hash) {
        Entry entry = entries.get(hash);
        return entry != null && System.nanoTime() - entry.loadedAtNanos() < ttlNanos
                ? Optional.of(entry.key()) : Optional.empty();
    }

    /** Looks the key up with {@code load} and keeps it, unless a write to the keys happened meanwhile. */
    public Optional<ActiveKey> load(String hash, Supplier<Optional<ActiveKey>> load) {
        long now = System.nanoTime();
        long before = generation.get();
        Optional<ActiveKey> loaded = load.get();
        if (loaded.isPresent() && ttlNanos > 0 && generation.get() == before) {
            Entry entry = new Entry(loaded.get(), now);
            entries.put(hash, entry);
            if (generation.get() != before) {
                entries.remove(hash, entry);
            }
        }
        return loaded;
    }

    @Override
    public Set<String> tables() {
        return Set.of("api_key");
    }

    @Override
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
