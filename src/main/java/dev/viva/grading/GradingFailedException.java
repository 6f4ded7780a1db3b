package dev.viva.grading;

/** A grading that produced no trustworthy result (LLM down, time-out, malformed output). */
public class GradingFailedException extends RuntimeException {

    private final boolean retryable;

    public GradingFailedException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /**
     * The model server could not answer now (a 429, a 5xx or a time-out after the call policy's
     * retries, or its circuit breaker open): nothing about this answer failed. Such a grading is tried
     * again later without being charged an attempt, so an overloaded or failing server slows grading
     * down and never makes an answer give up; the attempts are kept for failures of the answer itself.
     */
    public boolean serverUnavailable() {
        return dev.viva.support.Causes.find(this, dev.viva.llm.LlmUnavailableException.class).isPresent();
    }
}
