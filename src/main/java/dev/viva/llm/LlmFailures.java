package dev.viva.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.service.output.OutputParsingException;
import dev.viva.support.Causes;
import java.io.IOException;
import java.time.Duration;

/** Sorts what went wrong in a model call into: retry later, ask for a repair, or give up. */
public final class LlmFailures {

    private LlmFailures() {
    }

    public static RuntimeException classify(RuntimeException failure) {
        Integer status = null;
        Duration retryAfter = null;
        boolean timeout = false;
        boolean io = false;
        boolean parse = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetryAfterException r) {
                status = r.status();
                retryAfter = r.retryAfter();
            } else if (t instanceof HttpException h && status == null) {
                status = h.statusCode();
            } else if (t instanceof OutputParsingException || t instanceof JsonProcessingException) {
                parse = true;
            } else if (t instanceof java.util.concurrent.TimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                timeout = true;
            } else if (t instanceof IOException || t instanceof jakarta.ws.rs.ProcessingException) {
                io = true;
            }
        }
        if (status != null) {
            if (status == 429 || status == 408 || status >= 500) {
                return new LlmUnavailableException("Model server answered HTTP " + status, retryAfter, failure);
            }
            return new LlmCallFailedException("Model server rejected the request with HTTP " + status, false, failure);
        }
        if (parse) {
            return new MalformedReplyException("The reply is not the expected JSON: " + rootMessage(failure),
                    rootMessage(failure), failure);
        }
        if (timeout) {
            return new LlmUnavailableException("Model call timed out", null, failure);
        }
        if (io) {
            return new LlmUnavailableException("Model server unreachable: " + rootMessage(failure), null, failure);
        }
        return new LlmCallFailedException("Model call failed: " + rootMessage(failure), true, failure);
    }

    public static String rootMessage(Throwable failure) {
        Throwable root = Causes.of(failure).reduce((outer, inner) -> inner).orElse(failure);
        String message = failure.getMessage() != null ? failure.getMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
