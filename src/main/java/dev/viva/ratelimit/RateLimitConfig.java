package dev.viva.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** The limits of an API key that has none of its own (a key's own limit, where set, replaces one). */
@ConfigMapping(prefix = "viva.rate-limit")
public interface RateLimitConfig {

    /** Requests a key may make in a minute, over all instances sharing the database. */
    @WithDefault("600")
    @Positive
    int requestsPerMinute();

    /** Gradings (POST /api/evaluations) a key may have running at once, on each instance. */
    @WithDefault("50")
    @Positive
    int gradingsInFlight();
}
