package dev.viva.llm;

import java.time.Duration;

/** Raised by {@link RetryAfterFilter} for a 429/503 that carries a Retry-After header. */
public class RetryAfterException extends RuntimeException {

    private final int status;
    private final Duration retryAfter;

    public RetryAfterException(int status, Duration retryAfter) {
        super("HTTP " + status + ", retry after " + retryAfter.toMillis() + " ms");
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
