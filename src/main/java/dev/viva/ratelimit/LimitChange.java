package dev.viva.ratelimit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Limits asked for a key: a field left out stays as it is, 0 returns it to the configured default.
 * Only whole JSON numbers are read ({@link WholeNumber}): "5" or 2.5 is refused, not coerced.
 */
public record LimitChange(
        @PositiveOrZero @JsonDeserialize(using = WholeNumber.class) Integer requestsPerMinute,
        @PositiveOrZero @JsonDeserialize(using = WholeNumber.class) Integer gradingsInFlight) {

    public static final LimitChange NONE = new LimitChange(null, null);

    public boolean isEmpty() {
        return requestsPerMinute == null && gradingsInFlight == null;
    }
}
