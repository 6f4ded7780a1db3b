package dev.viva.security;

import jakarta.persistence.Column;
import dev.viva.support.CacheInvalidation;
import dev.viva.support.InvalidatesCaches;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An API caller's key: stored as its SHA-256 only, with a role; revoked keys stay for the record. */
@Entity
@EntityListeners(CacheInvalidation.class)
@InvalidatesCaches("api-key") // the caches that hold snapshots of these rows
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Unique; the caller's principal is {@code key:<name>}. */
    public String name;

    @Column(name = "key_hash")
    public String keyHash;

    /** The first characters of the key, so that a person can tell keys apart. */
    @Column(name = "key_prefix")
    public String keyPrefix;

    public String role;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** Signs this key's webhooks (Standard Webhooks, whsec_<base64>); kept as is, since signing needs it. */
    @Column(name = "webhook_secret")
    public String webhookSecret;

    /** Comma-separated hosts this key's callbacks may go to, within viva.webhooks.allowed-hosts; null: any. */
    @Column(name = "webhook_allowed_hosts")
    public String webhookAllowedHosts;

    public String principal() {
        return ApiKeys.PRINCIPAL_PREFIX + name;
    }
}
