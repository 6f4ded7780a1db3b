package dev.viva.ratelimit;

import dev.viva.support.CacheInvalidation;
import dev.viva.support.InvalidatesCaches;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An API key's own limits; a null limit is the configured default. */
@Entity
@EntityListeners(CacheInvalidation.class)
@InvalidatesCaches(ApiKeyLimits.CACHE)
@Table(name = "api_key_limit")
public class ApiKeyLimit {

    @Id
    @Column(name = "api_key_id")
    public Long apiKeyId;

    @Column(name = "requests_per_minute")
    public Integer requestsPerMinute;

    @Column(name = "gradings_in_flight")
    public Integer gradingsInFlight;

    /** Versions the key's bucket configuration ({@link RequestsPerMinute}). */
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
