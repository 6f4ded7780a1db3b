package dev.viva.security;

import java.time.Duration;

/**
 * How long an account or address waits after its n-th failed sign-in: nothing for the free failures,
 * then the base delay doubled with each further failure (capped), and the lock once the failures reach
 * the most allowed.
 */
public record Backoff(int freeFailures, Duration baseDelay, Duration maxDelay, int maxFailures, Duration lockDuration) {

    static Backoff of(SecurityConfig.SignIn config) {
        return new Backoff(config.freeFailures(), config.baseDelay(), config.maxDelay(), config.maxFailures(),
                config.lockDuration());
    }

    /** The wait before the next attempt after this many failures in a row. */
    public Duration waitAfter(int failures) {
        if (locks(failures)) {
            return lockDuration;
        }
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether this many failures lock the account or address. */
    public boolean locks(int failures) {
        return failures >= maxFailures;
    }
}
