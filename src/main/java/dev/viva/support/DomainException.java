package dev.viva.support;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A failure the domain reports to its caller: what went wrong, in which {@link Kind}, with details
 * for the caller. The domain never chooses a protocol status; the REST layer's one mapper turns the
 * kind into one (dev.viva.problem.ProblemMappers), and background work records the message.
 */
public class DomainException extends RuntimeException {

    /** What kind of failure it is, as the caller needs to know it. */
    public enum Kind {
        /** The input is malformed (a value of the wrong form). */
        INVALID_INPUT,
        /** The named thing does not exist (or is not visible to the caller). */
        NOT_FOUND,
        /** The thing exists but is not in a state that allows this (an approval missing, a name taken). */
        CONFLICT,
        /** Well-formed input that cannot be processed (an unknown criterion, nothing importable). */
        UNPROCESSABLE,
        /** The input is larger than allowed. */
        TOO_LARGE,
        /** The input is not of a type that can be read. */
        UNSUPPORTED_TYPE,
        /** The thing existed and was retired. */
        GONE,
        /** A service this depends on (the model server) answered with something unusable. */
        UPSTREAM_FAILED,
        /** A service this depends on is unavailable for now; trying again later may work. */
        UNAVAILABLE,
        /** The caller has used up an allowance (requests per minute, gradings at once); later it may try again. */
        LIMIT_REACHED
    }

    private final Kind kind;
    private final String title;
    private final Map<String, Object> details;

    public DomainException(Kind kind, String title, String message) {
        this(kind, title, message, Map.of(), null);
    }

    public DomainException(Kind kind, String title, String message, Map<String, Object> details) {
        this(kind, title, message, details, null);
    }

    public DomainException(Kind kind, String title, String message, Map<String, Object> details, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.title = title;
        this.details = Map.copyOf(details);
    }

    public static DomainException notFound(String what, String id) {
        return new DomainException(Kind.NOT_FOUND, what + " not found",
                "No " + what.toLowerCase() + " with id '" + id + "'.");
    }

    public static DomainException invalidInput(String message) {
        return new DomainException(Kind.INVALID_INPUT, "Bad request", message);
    }

    public static DomainException conflict(String title, String message) {
        return new DomainException(Kind.CONFLICT, title, message);
    }

    public static DomainException unprocessable(String title, String message) {
        return new DomainException(Kind.UNPROCESSABLE, title, message);
    }

    public static DomainException unprocessable(String title, String message, Map<String, Object> details) {
        return new DomainException(Kind.UNPROCESSABLE, title, message, details);
    }

    /** The same failure with a sentence added for the caller (what did or did not happen because of it). */
    public DomainException adding(String sentence) {
        return new DomainException(kind, title, getMessage() + " " + sentence, details, this);
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** How long the caller should wait before trying again, where that is known. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** Extra members for the caller (for example the problems of a rejected rubric). */
    public Map<String, Object> details() {
        return details;
    }
}
