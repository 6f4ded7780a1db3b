package dev.viva.problem;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * A client-facing failure that becomes an RFC 7807 problem+json response. Throw it from any
 * layer; {@link ProblemMappers} turns it into the response and nothing else leaks out.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ProblemException(int status, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, what + " not found", "No " + what.toLowerCase() + " with id '" + id + "'.");
    }

    /** The id as a UUID; an id that is not one names nothing, so it is a 404 like an unknown one. */
    public static UUID uuidOrNotFound(String what, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(what, id);
        }
    }

    /** A UUID given as a filter or field: a malformed one is the caller's mistake (400), not a missing thing. */
    public static UUID uuidOrBadRequest(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw badRequest(name + " must be a UUID (got '" + value + "').");
        }
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public URI type() {
        return Problem.typeFor(status);
    }
}
