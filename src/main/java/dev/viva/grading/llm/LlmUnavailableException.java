package dev.viva.grading.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * The model server could not answer now: a time-out, a connection failure, HTTP 429 or a 5xx.
 * Worth retrying; counts towards opening the circuit breaker.
 */
public class LlmUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public LlmUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait (its Retry-After header), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
