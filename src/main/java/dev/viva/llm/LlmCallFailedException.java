package dev.viva.llm;

import dev.viva.support.DomainException;
import java.util.Map;

/** A model call that failed for another reason than availability or its output (the server rejected it). */
public class LlmCallFailedException extends DomainException {

    private final boolean retryable;

    public LlmCallFailedException(String message, boolean retryable, Throwable cause) {
        super(Kind.UPSTREAM_FAILED, "LLM call failed", message, Map.of(), cause);
        this.retryable = retryable;
    }

    /** Whether the same call may succeed later (an unknown failure), as opposed to a rejected request. */
    public boolean retryable() {
        return retryable;
    }
}
