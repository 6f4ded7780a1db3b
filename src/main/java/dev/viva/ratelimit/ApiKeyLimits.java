package dev.viva.ratelimit;

import dev.viva.support.DomainException;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The limits of each API key, read through a cache ({@value #CACHE}) because every key-authenticated
 * request asks for them. A change through this instance empties the cache at once
 * ({@link dev.viva.support.CacheInvalidation}); entries expire like the API keys' own
 * ({@code viva.security.api-key-cache-ttl}), which bounds how late another instance sees a change.
 */
@ApplicationScoped
public class ApiKeyLimits {

    public static final String CACHE = "api-key-limit";

    private final ApiKeyLimitRepository limits;
    private final RateLimitConfig defaults;

    public ApiKeyLimits(ApiKeyLimitRepository limits, RateLimitConfig defaults) {
        this.limits = limits;
        this.defaults = defaults;
    }

    @CacheResult(cacheName = CACHE)
    @Transactional
    public Limits of(long apiKeyId) {
        return limits.findByIdOptional(apiKeyId).map(this::effective)
                .orElseGet(() -> new Limits(defaults.requestsPerMinute(), defaults.gradingsInFlight(), Instant.EPOCH));
    }

    /**
     * Changes a key's own limits. The caller has made sure the key exists, in the same transaction.
     *
     * @throws DomainException INVALID_INPUT when the change names no limit or a negative one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Limits change(long apiKeyId, LimitChange change) {
        if (change.isEmpty()) {
            throw DomainException.invalidInput("Give requestsPerMinute, gradingsInFlight or both "
                    + "(a whole number; 0 returns a limit to the default).");
        }
        requireNotNegative("requestsPerMinute", change.requestsPerMinute());
        requireNotNegative("gradingsInFlight", change.gradingsInFlight());
        ApiKeyLimit own = limits.findByIdOptional(apiKeyId).orElseGet(() -> {
            ApiKeyLimit created = new ApiKeyLimit();
            created.apiKeyId = apiKeyId;
            return created;
        });
        if (change.requestsPerMinute() != null) {
            own.requestsPerMinute = ownOrDefault(change.requestsPerMinute());
        }
        if (change.gradingsInFlight() != null) {
            own.gradingsInFlight = ownOrDefault(change.gradingsInFlight());
        }
        own.changedAt = OffsetDateTime.now();
        limits.persist(own);
        return effective(own);
    }

    private Limits effective(ApiKeyLimit own) {
        return new Limits(
                own.requestsPerMinute != null ? own.requestsPerMinute : defaults.requestsPerMinute(),
                own.gradingsInFlight != null ? own.gradingsInFlight : defaults.gradingsInFlight(),
                own.changedAt.toInstant());
    }

    /** 0 is stored as "none of its own", so that a later change of the default applies to the key. */
    private static Integer ownOrDefault(int limit) {
        return limit == 0 ? null : limit;
    }

    private static void requireNotNegative(String field, Integer limit) {
        if (limit != null && limit < 0) {
            throw DomainException.invalidInput(field + " must be 0 (the default) or more (got " + limit + ").");
        }
    }
}
