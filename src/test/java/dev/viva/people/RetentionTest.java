package dev.viva.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.people.retention.Retention;
import dev.viva.screening.StoredScreenings;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retention job deletes exactly what has outlived its period (screenings 180 days after closing, or their
 * own retentionDays; interviews and API gradings after 365 days) and keeps everything else, and the figures.
 */
@QuarkusTest
@TestSecurity(user = "dpo-admin", roles = "admin")
class RetentionTest {

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "viva.db.schema")
    String schema;

    @Inject
    Retention retention;

    @Inject
    StoredScreenings screenings;

    @AfterEach
    void clean() {
        screenings.removeAll();
    }

    @Test
    void retentionDeletesExactlyWhatHasExpired() throws Exception {
        PersonalHistory expired = PersonalHistory.of("cand-ret-old");     // everything 400 days old, screening closed 200 days ago
        PersonalHistory recent = PersonalHistory.of("cand-ret-new");      // closed 10 days ago
        PersonalHistory ownPeriod = PersonalHistory.of("cand-ret-own");   // retentionDays 7, closed 8 days ago
        PersonalHistory stillOpen = PersonalHistory.of("cand-ret-open");  // answers 100 days old, never closed
        for (PersonalHistory h : new PersonalHistory[] {expired, recent, ownPeriod}) {
            given().post("/api/screenings/" + h.screening + "/close").then().statusCode(200);
        }
        given().contentType("text/csv").body("candidateRef,questionId,answer\nlate,what-event-loop,\"Too late.\"\n")
                .post("/api/screenings/" + recent.screening + "/submissions").then().statusCode(409);
        backdate(expired, 400, 200);
        backdate(recent, 10, 10);
        backdate(ownPeriod, 8, 8);
        sql("UPDATE %s.screening SET retention_days = 7 WHERE id = '" + ownPeriod.screening + "'");
        backdate(stillOpen, 100, -1);
        long anonymousBefore = count("SELECT count(*) FROM %s.anonymous_grading");
        long runsBefore = count("SELECT count(*) FROM %s.retention_run");

        var counts = retention.apply().asMap();

        assertThat(TableSearch.find(db, schema, expired.ref)).as("the expired person's data").isEmpty();
        assertThat(TableSearch.find(db, schema, ownPeriod.ref)).as("past the screening's own period: only its screening data goes")
                .containsOnlyKeys("evaluation", "interview");
        assertThat(TableSearch.find(db, schema, recent.ref)).containsKeys("evaluation", "screening_candidate", "interview");
        assertThat(TableSearch.find(db, schema, stillOpen.ref)).containsKeys("evaluation", "screening_candidate", "interview");
        assertThat(counts).containsEntry("screeningsPurged", 2L).containsEntry("interviews", 1L)
                .containsEntry("screeningCandidates", 4L) // each screening has the person and a bystander
                .containsEntry("demographics", 2L).containsEntry("invitations", 2L);
        assertThat(counts.get("evaluations")).as("2 screenings x 2 answers, the old interview's answer and the old API grading")
                .isEqualTo(6L);
        assertThat(count("SELECT count(*) FROM %s.anonymous_grading") - anonymousBefore).isEqualTo(counts.get("anonymousGradingsKept"));
        assertThat(count("SELECT count(*) FROM %s.retention_run")).isEqualTo(runsBefore + 1);
        assertThat(count("SELECT count(*) FROM %s.screening WHERE id = '" + expired.screening + "' AND purged_at IS NOT NULL"))
                .as("the screening stays, marked purged").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM %s.screening_audit WHERE screening_id = '" + expired.screening
                + "' AND action = 'decision' AND candidate_ref IS NULL AND reason IS NULL"))
                .as("the audit's record that a decision was made, without the person").isEqualTo(1);

        assertThat(retention.apply().total()).as("a second run finds nothing more").isZero();
    }

    @Test
    void retentionIsARecurringJobOnTheJobEngine() throws Exception {
        assertThat(count("SELECT count(*) FROM %s.jobrunr_recurring_jobs WHERE id = 'viva-retention'")).isEqualTo(1);
    }

    private void backdate(PersonalHistory h, int answersDaysAgo, int closedDaysAgo) throws Exception {
        String answers = "now() - interval '" + answersDaysAgo + " days'";
        sql("UPDATE %s.evaluation SET created_at = " + answers + ", graded_at = " + answers + " WHERE candidate_ref = '" + h.ref
                + "' OR screening_id = '" + h.screening + "'");
        sql("UPDATE %s.screening SET created_at = " + answers + (closedDaysAgo >= 0
                ? ", closed_at = now() - interval '" + closedDaysAgo + " days'" : "") + " WHERE id = '" + h.screening + "'");
        sql("UPDATE %s.interview SET created_at = " + answers + ", finished_at = " + answers + " WHERE id = '" + h.interview + "'");
    }

    private void sql(String statement) throws Exception {
        TableSearch.execute(db, statement.formatted(schema));
    }

    private long count(String query) throws Exception {
        return TableSearch.count(db, query.formatted(schema));
    }
}
