package dev.viva.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose Content-Length exceeds {@code quarkus.http.limits.max-body-size} gets a 413
 * problem+json before its body is read. (Quarkus' own limit answers an empty 413, which tells the
 * client nothing.) A chunked body without Content-Length that grows past the limit still gets
 * Quarkus' empty 413: its size is only known while it is read.
 */
@ApplicationScoped
public class BodyTooLargeFilter {

    /** Before authentication and routing: a refused body is never read. */
    private static final int PRIORITY = 1000;

    private final long limitBytes;
    private final ObjectMapper json;

    public BodyTooLargeFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
            MemorySize limit, ObjectMapper json) {
        this.limitBytes = limit.asLongValue();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseTooLarge, PRIORITY);
    }

    private void refuseTooLarge(RoutingContext rc) {
        long declared = declaredLength(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared <= limitBytes) {
            rc.next();
            return;
        }
        Problem problem = new Problem(Problem.typeFor(413), "Request body too large", 413,
                "The request body has " + declared + " bytes; this service accepts at most " + limitBytes
                        + " bytes (quarkus.http.limits.max-body-size).",
                instance(rc.request().path()), Map.of("maxBytes", limitBytes));
        rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(serialise(problem));
    }

    private static URI instance(String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String serialise(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }
}
