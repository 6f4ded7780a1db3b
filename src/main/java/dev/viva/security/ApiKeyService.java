package dev.viva.security;

import dev.viva.ratelimit.ApiKeyLimits;
import dev.viva.ratelimit.LimitChange;
import dev.viva.ratelimit.Limits;
import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Creates (the key and its webhook secret are returned once), lists and revokes API keys, changes
 * their rate limits and rotates their webhook secrets.
 */
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
        return create(name, role, createdBy, LimitChange.NONE, null);
    }

    /**
     * @param ownLimits           limits of its own, where given (the rest are the defaults)
     * @param webhookAllowedHosts hosts its callbacks may go to (within viva.webhooks.allowed-hosts); null: any
     */
    @Transactional
    public Created create(String name, String role, String createdBy, LimitChange ownLimits,
            List<String> webhookAllowedHosts) {
        return store(name, role, createdBy, ApiKeys.generate(), ownLimits, webhookAllowedHosts);
    }

    /** Stores a key whose value is given (start-up configuration); unchanged when it exists. */
    @Transactional
    public void ensure(String name, String role, String key) {
        String hash = ApiKeys.hash(key);
        if (keys.findActiveByHash(hash).isEmpty()) {
            keys.delete("name = ?1 or keyHash = ?2", name, hash);
            keys.flush();
            store(name, role, "configuration", key, LimitChange.NONE, null);
        }
    }

    private Created store(String name, String role, String createdBy, String secret, LimitChange ownLimits,
            List<String> webhookAllowedHosts) {
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
        key.webhookSecret = ApiKeys.newWebhookSecret();
        key.webhookAllowedHosts = webhookAllowedHosts == null || webhookAllowedHosts.isEmpty() ? null
                : String.join(",", webhookAllowedHosts);
        keys.persist(key);
        Limits effective = ownLimits.isEmpty() ? limits.of(key.id) : limits.change(key.id, ownLimits);
        return new Created(ApiKeyView.of(key, effective), secret, key.webhookSecret);
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

    /** A new webhook signing secret for the key, shown once; the old one stops signing at once. */
    @Transactional
    public WebhookSecret rotateWebhookSecret(long id) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("API key", String.valueOf(id)));
        key.webhookSecret = ApiKeys.newWebhookSecret();
        return new WebhookSecret(view(key), key.webhookSecret);
    }

    /** The signing secret and allowed callback hosts of the key behind a principal, if it is a key. */
    @Transactional
    public Optional<WebhookSettings> webhookSettings(String principal) {
        if (principal == null || !principal.startsWith(ApiKeys.PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        return keys.findByName(principal.substring(ApiKeys.PRINCIPAL_PREFIX.length()))
                .map(k -> new WebhookSettings(k.webhookSecret, hosts(k)));
    }

    private ApiKeyView view(ApiKey key) {
        return ApiKeyView.of(key, limits.of(key.id));
    }

    private static List<String> hosts(ApiKey k) {
        return k.webhookAllowedHosts == null ? List.of() : List.of(k.webhookAllowedHosts.split(","));
    }

    /**
     * What a listing shows: never the key, its hash or its webhook secret; the rate limits in effect
     * (its own or the defaults) and the hosts its callbacks may go to.
     */
    public record ApiKeyView(long id, String name, String role, String prefix, String principal, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime revokedAt, int requestsPerMinute, int gradingsInFlight,
            List<String> webhookAllowedHosts) {
        static ApiKeyView of(ApiKey k, Limits limits) {
            return new ApiKeyView(k.id, k.name, k.role, k.keyPrefix, k.principal(), k.createdBy, k.createdAt,
                    k.revokedAt, limits.requestsPerMinute(), limits.gradingsInFlight(), hosts(k));
        }
    }

    /** The answer to a creation: the only time the key and its webhook secret are shown. */
    public record Created(ApiKeyView apiKey, String key, String webhookSecret) {
    }

    /** A rotated webhook secret, shown once. */
    public record WebhookSecret(ApiKeyView apiKey, String webhookSecret) {
    }

    /** What signing and checking a key's callbacks needs. */
    public record WebhookSettings(String secret, List<String> allowedHosts) {
    }
}
