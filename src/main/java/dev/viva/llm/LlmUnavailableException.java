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

    /** The server answered HTTP 429: it asks its callers to slow down. */
    public boolean throttled() {
        return getMessage() != null && getMessage().endsWith("HTTP 429");
    }

    /** How long the server asked us to wait (its Retry-After header), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
