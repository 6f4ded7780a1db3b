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
}
