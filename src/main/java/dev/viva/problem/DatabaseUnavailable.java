package dev.viva.problem;

import dev.viva.support.Causes;
import java.sql.SQLException;

/**
 * Recognises a failure to reach the database: no pooled connection within the acquisition time-out
 * (the pool is exhausted under load), a broken connection (SQLState class 08) or a server out of
 * resources (class 53, for example too many connections). Such a request is answered 503 with
 * Retry-After, since the client did nothing wrong and the same request may succeed shortly.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        return Causes.of(failure).anyMatch(t -> t instanceof SQLException sql && unavailable(sql));
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("53");
        }
        // Agroal's pool reports an exhausted pool without an SQLState.
        return e.getMessage() != null && e.getMessage().contains("acquisition timeout");
    }
}
