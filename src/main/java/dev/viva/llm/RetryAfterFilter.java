package dev.viva.llm;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Keeps the Retry-After header of a rate-limited chat-completions response. The OpenAI client turns
 * an error into an exception that carries only status and body, so this filter raises a
 * {@link RetryAfterException} instead, which {@link LlmFailures} finds in the cause chain.
 * Only reads headers: safe on the I/O thread.
 */
@Provider
public class RetryAfterFilter implements ClientResponseFilter {

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        int status = response.getStatus();
        if ((status == 429 || status == 503) && request.getUri().getPath().endsWith("/chat/completions")) {
            parse(response.getHeaderString("Retry-After"))
                    .ifPresent(wait -> {
                        throw new RetryAfterException(status, wait);
                    });
        }
    }

    /** Retry-After is either delta-seconds or an HTTP date. */
    static Optional<Duration> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(v) * 1000))).filter(d -> !d.isNegative());
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
