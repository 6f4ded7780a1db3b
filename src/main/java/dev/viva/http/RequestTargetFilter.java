package dev.viva.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Refuses, before routing, a request target (path and query) whose percent-escapes decode to a NUL
 * character or to bytes that are not UTF-8: such text would reach PostgreSQL (which refuses NUL) or be
 * altered on the way. A 400 problem+json says which part is wrong.
 */
@ApplicationScoped
public class RequestTargetFilter {

    /** After the body-size check, before authentication and routing. */
    private static final int PRIORITY = 990;

    private final ObjectMapper json;

    public RequestTargetFilter(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseHostileTarget, PRIORITY);
    }

    /**
     * Vert.x Web refuses a path it cannot decode (a malformed percent-escape) before any filter runs, with
     * an empty 400; that answer becomes a problem too.
     */
    void problemForUndecodablePaths(@Observes io.vertx.ext.web.Router router) {
        // a route without a path: matching it never decodes the path, so it sees the failure
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            String detail = rc.statusCode() == 400 && !rc.response().headWritten()
                    ? problemWith(rc.request().uri().split("\\?", 2)[0], "path") : null;
            if (detail == null) {
                rc.next();
                return;
            }
            write(rc, detail);
        });
    }

    private void refuseHostileTarget(RoutingContext rc) {
        String uri = rc.request().uri();
        int q = uri.indexOf('?');
        String problem = problemWith(q < 0 ? uri : uri.substring(0, q), "path");
        if (problem == null && q >= 0) {
            problem = problemWith(uri.substring(q + 1), "query");
        }
        if (problem == null) {
            rc.next();
            return;
        }
        write(rc, problem);
    }

    private void write(RoutingContext rc, String problem) {
        Problem body = new Problem(Problem.typeFor(400), "Invalid request target", 400, problem, null, Map.of());
        try {
            rc.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            rc.response().setStatusCode(400).end();
        }
    }

    /** Why this part of the target is refused, or null. */
    static String problemWith(String raw, String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return "The " + part + " has a malformed percent-escape at character " + i + ".";
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '%') {
                return "The " + part + " has a malformed percent-escape at character " + i + ".";
            } else if (c == '+' && part.equals("query")) {
                bytes.write(' ');
            } else if (c < 0x100) {
                bytes.write(c); // the request line's bytes, as the server read them
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return "The " + part + " is not valid UTF-8 once its percent-escapes are decoded.";
        }
        if (text.indexOf('\0') >= 0) {
            return "The " + part + " must not contain NUL (%00).";
        }
        return null;
    }
}
