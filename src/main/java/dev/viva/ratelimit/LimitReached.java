package dev.viva.ratelimit;

import dev.viva.support.DomainException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** An API key has used up one of its limits; the request was refused before it did anything. */
public final class LimitReached extends DomainException {

    /** A grading slot frees as soon as any of the key's gradings ends, which may be any moment. */
    private static final Duration IN_FLIGHT_RETRY_AFTER = Duration.ofSeconds(1);

    private final Duration retryAfter;

    private LimitReached(String limit, int quota, Duration retryAfter, String message) {
        super(Kind.LIMIT_REACHED, "Rate limit reached", message,
                Map.of("limit", limit, "quota", quota, "retryAfterSeconds", retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
    }

    static LimitReached requestsPerMinute(int quota, long retryAfterSeconds) {
        return new LimitReached("requestsPerMinute", quota, Duration.ofSeconds(retryAfterSeconds),
                "This API key may make " + quota + " requests per minute (its requestsPerMinute limit) and has "
                        + "made them; try again in " + retryAfterSeconds + " s.");
    }

    static LimitReached gradingsInFlight(int quota) {
        return new LimitReached("gradingsInFlight", quota, IN_FLIGHT_RETRY_AFTER,
                "This API key may have " + quota + (quota == 1 ? " grading" : " gradings") + " running at once "
                        + "(its gradingsInFlight limit) and has; send the answer again when one has finished. "
                        + "Nothing was stored.");
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
