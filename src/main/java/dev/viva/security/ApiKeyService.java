package dev.viva.security;

import dev.viva.ratelimit.ApiKeyLimits;
import dev.viva.ratelimit.LimitChange;
import dev.viva.ratelimit.Limits;
import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** Creates (the key is returned once), lists and revokes API keys, and changes their rate limits. */
@ApplicationScoped
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final ApiKeyLimits limits;

    public ApiKeyService(ApiKeyRepository keys, ApiKeyLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    @Transactional
    public Created create(String name, String role, String createdBy) {
        return create(name, role, createdBy, LimitChange.NONE);
    }

    /** With limits of its own, where given (the rest are the defaults). */
    @Transactional
    public Created create(String name, String role, String createdBy, LimitChange ownLimits) {
        return store(name, role, createdBy, ApiKeys.generate(), ownLimits);
    }

    /** Stores a key whose value is given (start-up configuration); unchanged when it exists. */
    @Transactional
    public void ensure(String name, String role, String key) {
        String hash = ApiKeys.hash(key);
        if (keys.findActiveByHash(hash).isEmpty()) {
            keys.delete("name = ?1 or keyHash = ?2", name, hash);
            keys.flush();
            store(name, role, "configuration", key, LimitChange.NONE);
        }
    }

    private Created store(String name, String role, String createdBy, String secret, LimitChange ownLimits) {
        UserService.requireRole(role);
        if (keys.findByName(name).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "API key exists", "An API key named '" + name + "' exists already.");
        }
        ApiKey key = new ApiKey();
        key.name = name;
        key.role = role;
        key.keyHash = ApiKeys.hash(secret);
        key.keyPrefix = ApiKeys.prefix(secret);
        key.createdBy = createdBy;
        key.createdAt = OffsetDateTime.now();
        keys.persist(key);
        Limits effective = ownLimits.isEmpty() ? limits.of(key.id) : limits.change(key.id, ownLimits);
        return new Created(ApiKeyView.of(key, effective), secret);
    }

    @Transactional
    public List<ApiKeyView> list() {
        return keys.listAll().stream().map(this::view).toList();
    }

    @Transactional
    public ApiKeyView changeLimits(long id, LimitChange change) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("API key", String.valueOf(id)));
        return ApiKeyView.of(key, limits.change(id, change));
    }

    @Transactional
    public ApiKeyView revoke(long id) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("API key", String.valueOf(id)));
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now();
        }
        return view(key);
    }

    private ApiKeyView view(ApiKey key) {
        return ApiKeyView.of(key, limits.of(key.id));
    }

    /** What a listing shows: never the key nor its hash; the rate limits in effect (its own or the defaults). */
    public record ApiKeyView(long id, String name, String role, String prefix, String principal, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime revokedAt, int requestsPerMinute, int gradingsInFlight) {
        static ApiKeyView of(ApiKey k, Limits limits) {
            return new ApiKeyView(k.id, k.name, k.role, k.keyPrefix, k.principal(), k.createdBy, k.createdAt,
                    k.revokedAt, limits.requestsPerMinute(), limits.gradingsInFlight());
        }
    }

    /** The answer to a creation: the only time the key itself is shown. */
    public record Created(ApiKeyView apiKey, String key) {
    }
}
