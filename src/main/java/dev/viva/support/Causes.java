package dev.viva.support;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** A failure and its causes, outermost first: frameworks wrap the exception that says what went wrong. */
public final class Causes {

    private Causes() {
    }

    public static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause());
    }

    /** The outermost cause of that type, if the chain has one. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return of(failure).filter(type::isInstance).map(type::cast).findFirst();
    }
}
