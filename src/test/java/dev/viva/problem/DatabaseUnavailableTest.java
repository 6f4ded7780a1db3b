package dev.viva.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anExhaustedConnectionPoolIsA503WithRetryAfter() {
        var failure = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));

        Response response = mappers.unexpected(new IllegalStateException("wrapped", failure), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).contains("Send the request again");
    }

    @Test
    void aBrokenConnectionOrAServerOutOfConnectionsIsUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("too many clients", "53300"))).isTrue();
    }

    @Test
    void anyOtherDatabaseErrorStaysA500() {
        var constraint = new SQLException("duplicate key value", "23505");

        assertThat(DatabaseUnavailable.causedBy(constraint)).isFalse();
        assertThat(mappers.unexpected(new RuntimeException(constraint), null).getStatus()).isEqualTo(500);
    }
}
