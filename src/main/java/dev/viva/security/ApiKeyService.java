package dev.viva.security;

import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** Creates (the key is returned once), lists and revokes API keys. */
@ApplicationScoped
public class ApiKeyService {

    private final ApiKeyRepository keys;

    public ApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Transactional
    public Created create(String name, String role, String createdBy) {
        return create(name, role, createdBy, null);
    }

    /** @param webhookAllowedHosts hosts this key's callbacks may go to (within viva.webhooks.allowed-hosts); null: any */
    @Transactional
    public Created create(String name, String role, String createdBy, List<String> webhookAllowedHosts) {
        Created created = store(name, role, createdBy, ApiKeys.generate());
        ApiKey key = keys.findById(created.apiKey().id());
        key.webhookAllowedHosts = webhookAllowedHosts == null || webhookAllowedHosts.isEmpty() ? null
                : String.join(",", webhookAllowedHosts);
        return new Created(ApiKeyView.of(key), created.key(), created.webhookSecret());
    }

    /** A new webhook signing secret for the key, shown once; the old one stops signing at once. */
    @Transactional
    public WebhookSecret rotateWebhookSecret(long id) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("API key", String.valueOf(id)));
        key.webhookSecret = ApiKeys.newWebhookSecret();
        return new WebhookSecret(ApiKeyView.of(key), key.webhookSecret);
    }

    /** The signing secret and allowed callback hosts of the key behind a principal, if it is a key. */
    @Transactional
    public java.util.Optional<WebhookSettings> webhookSettings(String principal) {
        if (principal == null || !principal.startsWith(ApiKeys.PRINCIPAL_PREFIX)) {
            return java.util.Optional.empty();
        }
        return keys.findByName(principal.substring(ApiKeys.PRINCIPAL_PREFIX.length()))
                .map(k -> new WebhookSettings(k.webhookSecret, k.webhookAllowedHosts == null ? List.of()
                        : List.of(k.webhookAllowedHosts.split(","))));
    }

    /** Stores a key whose value is given (start-up configuration); unchanged when it exists. */
    @Transactional
    public void ensure(String name, String role, String key) {
        String hash = ApiKeys.hash(key);
        if (keys.findActiveByHash(hash).isEmpty()) {
            keys.delete("name = ?1 or keyHash = ?2", name, hash);
            keys.flush();
            store(name, role, "configuration", key);
        }
    }

    private Created store(String name, String role, String createdBy, String secret) {
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
        keys.persist(key);
        return new Created(ApiKeyView.of(key), secret, key.webhookSecret);
    }

    @Transactional
    public List<ApiKeyView> list() {
        return keys.listAll().stream().map(ApiKeyView::of).toList();
    }

    @Transactional
    public ApiKeyView revoke(long id) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("API key", String.valueOf(id)));
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now();
        }
        return ApiKeyView.of(key);
    }

    /** What a listing shows: never the key nor its hash. */
    public record ApiKeyView(long id, String name, String role, String prefix, String principal, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime revokedAt, List<String> webhookAllowedHosts) {
        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.id, k.name, k.role, k.keyPrefix, k.principal(), k.createdBy, k.createdAt,
                    k.revokedAt, k.webhookAllowedHosts == null ? List.of() : List.of(k.webhookAllowedHosts.split(",")));
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
