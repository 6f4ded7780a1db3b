package dev.viva.llm;

import java.time.Duration;

/**
 * One HTTP call to the model server ended (a CDI event, fired for each attempt, retries included), for the
 * meters. The tokens are the server's own count; a reply that could not be parsed reports none.
 */
public record ModelCallFinished(String model, Outcome outcome, Duration duration, long tokensIn, long tokensOut) {

    public enum Outcome {
        /** A reply came back (usable or not: validation is {@link ValidatedCalls}' business). */
        SUCCESS,
        /** A reply came back that is not the expected JSON. */
        MALFORMED,
        /** Time-out, 429, 5xx or no connection: the server could not serve the call. */
        UNAVAILABLE,
        /** Anything else (a 4xx, a refused request). */
        FAILED
    }
}
