package dev.viva.screening;

import static dev.viva.screening.ScreeningClient.create;
import static dev.viva.screening.ScreeningClient.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.EvaluationStatus;
import dev.viva.screening.dispatch.Dispatcher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With no job server on this instance nothing is graded, so what upload and hand-over store can be
 * watched: answers stored ungraded first, replaced in place while no grading began, and a lost
 * hand-over (the instance died between the commit and the enqueue) handed over by the sweep, once.
 */
@QuarkusTest
@TestProfile(ScreeningHandOverTest.NoJobServer.class)
@TestSecurity(user = "alice", roles = "reviewer")
class ScreeningHandOverTest {

    public static class NoJobServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("viva.jobs.server", "false");
        }
    }

    @Inject
    StoredScreenings stored;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    ScreeningAnswerRepository answers;

    @Inject
    Dispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "viva.db.schema")
    String schema;

    @AfterEach
    void cleanUp() {
        stored.removeAll();
    }

    @Test
    void everyAcceptedAnswerIsStoredUngradedAndEnqueuedOnceBeforeAnyGrading() throws SQLException {
        String screening = create("offline", true, "what-event-loop", "promises");
        upload(screening, ScreeningSubmissionsTest.MULTI_LINE_CSV).then().statusCode(202);

        assertThat(answersOf(screening)).hasSize(3).allSatisfy(e -> {
            assertThat(e.status).isEqualTo(EvaluationStatus.UNGRADED);
            assertThat(e.attempts).isZero();
            assertThat(e.nextAttemptAt).as("unclaimed: the retry job leaves it to its job").isNull();
            assertThat(e.candidateHidden).isTrue();
            assertThat(e.candidateAlias).matches("Candidate [0-9]+");
        });
        assertThat(screeningAnswers(screening)).allSatisfy(a -> assertThat(a.enqueued).isTrue());
        assertThat(jobsFor(screening)).isEqualTo(3);
        ScreeningClient.get(screening).then().body("status", equalTo("grading"))
                .body("progress.queued", equalTo(3)).body("progress.total", equalTo(3));
    }

    @Test
    void anAnswerNotGradedYetIsReplacedInPlace() {
        String screening = create("offline", false, "what-event-loop");
        upload(screening, "candidateRef,questionId,answer\nc-9,what-event-loop,First try.\n").then().statusCode(202);
        UUID id = answersOf(screening).getFirst().id;

        upload(screening, "candidateRef,questionId,answer\nc-9,what-event-loop,Second try.\n").then().statusCode(202)
                .body("accepted", equalTo(1));

        assertThat(answersOf(screening)).singleElement().satisfies(e -> {
            assertThat(e.id).isEqualTo(id);
            assertThat(e.answer).isEqualTo("Second try.");
        });
    }

    @Test
    void anAnswerWhoseHandOverWasLostIsHandedOverByTheSweepAndOnlyOnce() throws SQLException {
        String screening = create("offline", false, "what-event-loop");
        upload(screening, "candidateRef,questionId,answer\nc-1,what-event-loop,Callbacks run later.\n"
                + "c-2,what-event-loop,The loop polls.\n").then().statusCode(202);
        // as if the instance died after the commit and before the hand-over
        QuarkusTransaction.requiringNew().run(() -> answers.update("enqueued = false where screeningId = ?1",
                UUID.fromString(screening)));
        deleteJobsFor(screening);

        int handed = dispatcher.sweepNow(OffsetDateTime.now().plusSeconds(1));
        int again = dispatcher.sweepNow(OffsetDateTime.now().plusSeconds(1));

        assertThat(handed).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(jobsFor(screening)).isEqualTo(2);
        // handing the same round over twice (a crash after the enqueue, before it was marked) makes no second job
        QuarkusTransaction.requiringNew().run(() -> answers.update("enqueued = false where screeningId = ?1",
                UUID.fromString(screening)));
        dispatcher.sweepNow(OffsetDateTime.now().plusSeconds(1));
        assertThat(jobsFor(screening)).isEqualTo(2);
    }

    private List<Evaluation> answersOf(String screening) {
        return QuarkusTransaction.requiringNew().call(() -> evaluations.list("screeningId", UUID.fromString(screening)));
    }

    private List<ScreeningAnswer> screeningAnswers(String screening) {
        return QuarkusTransaction.requiringNew().call(() -> answers.list("screeningId", UUID.fromString(screening)));
    }

    /** JobRunr's own table: jobs that grade this screening's answers (the job names the evaluation). */
    private long jobsFor(String screening) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "SELECT count(*) FROM " + schema + ".jobrunr_jobs j JOIN " + schema + ".screening_answer a"
                        + " ON j.jobasjson LIKE '%' || a.evaluation_id || '%' WHERE a.screening_id = '" + screening + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void deleteJobsFor(String screening) {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM " + schema + ".jobrunr_jobs j USING " + schema + ".screening_answer a"
                    + " WHERE j.jobasjson LIKE '%' || a.evaluation_id || '%' AND a.screening_id = '" + screening + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
