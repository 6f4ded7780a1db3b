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
     * The model server asked us to slow down (HTTP 429): the grading is tried again later without
     * being charged an attempt, so throttling slows grading down and never makes it give up.
     */
    public boolean throttled() {
        return dev.viva.support.Causes.find(this, dev.viva.llm.LlmUnavailableException.class)
                .map(dev.viva.llm.LlmUnavailableException::throttled).orElse(false);
    }
}
