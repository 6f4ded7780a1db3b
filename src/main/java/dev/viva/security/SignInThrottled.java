package dev.viva.security;

import io.quarkus.security.AuthenticationFailedException;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in refused without looking at its credentials, because its account or client address failed too
 * often: it may try again at {@code retryAt}. It travels as the cause of an AuthenticationFailedException
 * (a final class), which {@link SecurityProblems} answers: 429 for the API, the login page with the time
 * for a person.
 */
public class SignInThrottled extends RuntimeException {

    private final Instant retryAt;
    private final boolean locked;

    public SignInThrottled(Instant retryAt, boolean locked) {
        super(locked ? "Locked after too many failed sign-ins" : "Too many failed sign-ins; wait before the next");
        this.retryAt = retryAt;
        this.locked = locked;
    }

    /** As Quarkus' security expects a failed authentication. */
    public AuthenticationFailedException asAuthenticationFailure() {
        return new AuthenticationFailedException(getMessage(), this);
    }

    /** The throttling behind a failed authentication, if that was the reason. */
    public static java.util.Optional<SignInThrottled> behind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SignInThrottled throttled) {
                return java.util.Optional.of(throttled);
            }
        }
        return java.util.Optional.empty();
    }

    public Instant retryAt() {
        return retryAt;
    }

    /** Whole seconds to wait from now, at least 1. */
    public long retryAfterSeconds() {
        long millis = Duration.between(Instant.now(), retryAt).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    public boolean locked() {
        return locked;
    }
}
