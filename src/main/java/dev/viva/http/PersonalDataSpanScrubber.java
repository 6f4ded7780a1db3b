package dev.viva.http;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data out of traces: Viva's own spans carry ids only, and the HTTP spans' paths and queries
 * name people (a candidateRef in {@code /api/people/{ref}}, {@code .../candidates/{ref}}, a learner in
 * {@code /api/learners/{ref}}, an invitation token in {@code /take/{token}}, {@code ?candidateRef=}). This
 * rewrites those parts as placeholders when a span starts, before any exporter sees it. Quarkus picks up
 * every {@link SpanProcessor} bean.
 */
@ApplicationScoped
public class PersonalDataSpanScrubber implements SpanProcessor {

    private static final Set<AttributeKey<String>> PATHS = Set.of(AttributeKey.stringKey("url.path"),
            AttributeKey.stringKey("http.target"), AttributeKey.stringKey("url.full"), AttributeKey.stringKey("http.url"));
    private static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
    /** A path segment that names a person or a secret, after the segment that says so. */
    private static final Pattern NAMED = Pattern.compile("/(people|candidates|learners|take)/[^/?#]+");
    /** A query parameter's value (names stay: they say what was filtered). */
    private static final Pattern QUERY_VALUE = Pattern.compile("=([^&#]*)");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : PATHS) {
            String value = span.getAttribute(key);
            if (value != null) {
                span.setAttribute(key, scrubbed(value));
            }
        }
        String query = span.getAttribute(QUERY);
        if (query != null) {
            span.setAttribute(QUERY, scrubbedQuery(query));
        }
    }

    static String scrubbed(String pathOrUrl) {
        int q = pathOrUrl.indexOf('?');
        String path = q < 0 ? pathOrUrl : pathOrUrl.substring(0, q);
        Matcher m = NAMED.matcher(path);
        String clean = m.replaceAll(r -> "/" + r.group(1) + ("take".equals(r.group(1)) ? "/{token}" : "/{ref}"));
        return q < 0 ? clean : clean + "?" + scrubbedQuery(pathOrUrl.substring(q + 1));
    }

    static String scrubbedQuery(String query) {
        return QUERY_VALUE.matcher(query).replaceAll("=_");
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // nothing: the attributes were rewritten at the start
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
