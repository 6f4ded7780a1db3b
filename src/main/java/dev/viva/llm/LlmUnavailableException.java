package dev.viva.llm;

import dev.viva.support.DomainException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The model server could not answer now: a time-out, a connection failure, HTTP 429, a 5xx, or the
 * circuit breaker is open. Worth retrying later; counts towards opening the circuit breaker.
 */
public class LlmUnavailableException extends DomainException {

    private final Duration retryAfter;

    public LlmUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(Kind.UNAVAILABLE, "LLM unavailable", message, Map.of(), cause);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait (its Retry-After header), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
