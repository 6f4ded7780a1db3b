package dev.viva.problem;

import dev.viva.support.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become RFC 7807 problem+json. Client mistakes get a 4xx that says
 * what to fix; an unreachable or exhausted database gets a 503 with Retry-After; anything unexpected
 * gets a 500 without class names or stack traces (they go to the log).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return new Problem(e.type(), e.title(), e.status(), e.getMessage(), instance(uri), e.extensions()).toResponse();
    }

    /** A failure the domain reported: its kind chooses the status, here and nowhere else. */
    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        int status = switch (e.kind()) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNPROCESSABLE -> 422;
            case UPSTREAM_FAILED -> 502;
            case UNAVAILABLE -> 503;
            case LIMIT_REACHED -> 429;
        };
        if (status >= 500) {
            LOG.warnf("%s: %s", e.title(), e.getMessage());
        }
        Response response = new Problem(Problem.typeFor(status), e.title(), status, e.getMessage(), instance(uri),
                e.details()).toResponse();
        return e.retryAfter().map(wait -> Response.fromResponse(response)
                .header("Retry-After", Math.max(1, wait.toSeconds())).build()).orElse(response);
    }

    /** Bean Validation of a resource's parameters (Quarkus' own subtype, mapped here so that it too is problem+json). */
    @ServerExceptionMapper
    public Response invalidParameters(ResteasyReactiveViolationException e, UriInfo uri) {
        return invalid(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .toList();
        String detail = violations.stream().map(v -> v.get("field") + ": " + v.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid.");
        return new Problem(Problem.typeFor(400), "Invalid request", 400, detail, instance(uri),
                Map.of("violations", violations)).toResponse();
    }

    /**
     * A well-formed body whose values do not fit (an unknown enum value, text for a number). Quarkus'
     * own mapper for this subtype answers plain JSON and would otherwise win by being more specific.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                : "[" + ref.getIndex() + "]").reduce((a, b) -> a + "." + b).orElse("body");
        String detail = field + ": " + e.getOriginalMessage().replaceAll("\\s*\\(class [^)]*\\)", "")
                .replaceAll("`[a-z]+(\\.[a-zA-Z0-9_$]+)+`", "value");
        return new Problem(Problem.typeFor(400), "Invalid request", 400, detail, instance(uri),
                Map.of("violations", List.of(Map.of("field", field, "message", detail)))).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String detail = "The request body is not valid JSON for this endpoint: " + e.getOriginalMessage();
        return new Problem(Problem.typeFor(400), "Malformed request body", 400, detail, instance(uri), Map.of())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        IllegalArgumentException badParameter = badParameter(e);
        if (badParameter != null) {
            // a query or path parameter that is not of its type: the client's mistake, not a missing resource
            return new Problem(Problem.typeFor(400), "Invalid request", 400, "A parameter is invalid: "
                    + badParameter.getMessage(), instance(uri), Map.of()).toResponse();
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.StatusType info = original.getStatusInfo();
        String detail = status >= 500 ? "The server could not complete the request." : e.getMessage();
        return new Problem(Problem.typeFor(status), info.getReasonPhrase(), status, detail, instance(uri), Map.of())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (isMalformedMultipart(e)) {
            return new Problem(Problem.typeFor(400), "Malformed request body", 400,
                    "The request body is not valid multipart/form-data (check the boundary and that every part "
                            + "is complete).", instance(uri), Map.of()).toResponse();
        }
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warn("Database unavailable; answered 503", e);
            return Response.fromResponse(new Problem(Problem.typeFor(503), "Service unavailable", 503,
                    "The database is busy or unreachable. Send the request again in a few seconds (an "
                            + "Idempotency-Key makes a repeated answer safe).", instance(uri), Map.of()).toResponse())
                    .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure", e);
        return new Problem(Problem.typeFor(500), "Internal error", 500,
                "The server could not complete the request; it has been logged.", instance(uri), Map.of())
                .toResponse();
    }

    /** RESTEasy Reactive reports a multipart body it cannot parse as a plain IOException. */
    private static boolean isMalformedMultipart(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("multipart")) {
                return true;
            }
        }
        return false;
    }

    private static IllegalArgumentException badParameter(WebApplicationException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof IllegalArgumentException iae && (cause instanceof NumberFormatException
                    || cause.getClass().getName().startsWith("dev.viva.http."))) {
                return iae;
            }
            cause = cause.getCause();
        }
        return null;
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int lastDot = path.lastIndexOf('.');
        return lastDot >= 0 ? path.substring(lastDot + 1) : path;
    }

    /** The request's path as the problem's instance; never fails (a path that is no valid URI is left out). */
    private static URI instance(UriInfo uri) {
        try {
            return uri == null ? null : new URI(null, null, uri.getPath(), null);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
