package dev.viva.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.viva.review.agreement.LiveAgreement;
import dev.viva.screening.StoredScreenings;
import dev.viva.web.ScoreDistribution;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DELETE /api/people/{ref}: nothing that names the person is left in any table; the figures stay. */
@QuarkusTest
@TestSecurity(user = "dpo-admin", roles = "admin")
class ErasureTest {

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "viva.db.schema")
    String schema;

    @Inject
    StoredScreenings screenings;

    @Inject
    LiveAgreement agreement;

    @Inject
    ScoreDistribution scores;

    @AfterEach
    void clean() {
        screenings.removeAll();
    }

    @Test
    void anErasureLeavesNoTraceOfTheRefOrTheAnswerTextsInAnyTableWhileAggregatesStay() throws Exception {
        PersonalHistory erased = PersonalHistory.of("cand-erase-1");
        PersonalHistory kept = PersonalHistory.of("cand-keep-1");
        assertThat(TableSearch.find(db, schema, erased.ref)).containsKeys("evaluation", "interview", "screening_candidate",
                "screening_demographic", "screening_invitation", "screening_answer");
        long agreementBefore = agreement.report(null, null, null).overall().reviewed();
        assertThat(agreementBefore).as("the override counts in live agreement").isGreaterThanOrEqualTo(2);
        Map<String, long[]> scoresBefore = scores.perQuestion();

        JsonPath receipt = given().delete("/api/people/{ref}", erased.ref).then().statusCode(200)
                .body("status", equalTo("done")).extract().jsonPath();

        assertThat(receipt.getLong("counts.evaluations")).as("API, screening and interview answers").isGreaterThanOrEqualTo(3);
        assertThat(receipt.getLong("counts.interviews")).isEqualTo(1);
        assertThat(receipt.getLong("counts.screeningCandidates")).isEqualTo(1);
        assertThat(receipt.getLong("counts.demographics")).isEqualTo(1);
        assertThat(receipt.getLong("counts.invitations")).isEqualTo(1);
        assertThat(receipt.getLong("counts.reviewEntries")).as("the reviewer's comment").isGreaterThanOrEqualTo(1);
        assertThat(receipt.getLong("counts.screeningAuditEntriesAnonymised")).as("the decision's audit entry").isGreaterThanOrEqualTo(1);
        assertThat(receipt.getString("requestedBy")).isEqualTo("dpo-admin");

        assertThat(TableSearch.find(db, schema, erased.ref)).as("tables still naming the person: %s",
                TableSearch.rows(db, schema, "evaluation", erased.ref)).isEmpty();
        assertThat(TableSearch.find(db, schema, erased.words)).as("tables still holding the person's answers: %s",
                TableSearch.rows(db, schema, "evaluation", erased.words)).isEmpty();
        assertThat(TableSearch.find(db, schema, kept.words)).containsKey("evaluation");
        assertThat(TableSearch.find(db, schema, "group-" + PersonalHistory.REASON_MARKER))
                .as("only the other person's demographic").containsOnlyKeys("screening_demographic");

        assertThat(TableSearch.find(db, schema, kept.ref)).as("the other person is untouched").containsKeys("evaluation", "interview");
        assertThat(agreement.report(null, null, null).overall().reviewed()).as("live agreement").isEqualTo(agreementBefore);
        Map<String, long[]> scoresAfter = scores.perQuestion();
        assertThat(scoresAfter.keySet()).isEqualTo(scoresBefore.keySet());
        scoresBefore.forEach((q, buckets) -> assertThat(scoresAfter.get(q)).as("scores of %s", q).isEqualTo(buckets));

        given().get("/api/erasures/{id}", receipt.getString("id")).then().statusCode(200)
                .body("status", equalTo("done")).body("total", equalTo((int) receipt.getLong("total")));
        assertThat(given().get("/api/erasures").asString()).doesNotContain(erased.ref);
        given().get("/api/people/{ref}/export", erased.ref).then().statusCode(404);
        given().delete("/api/people/{ref}", erased.ref).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aLargeHistoryIsErasedOnTheJobEngineInBatchesAndReportsItsProgress() throws Exception {
        String ref = "cand-erase-large";
        for (int i = 0; i < 25; i++) { // more than viva.people.erasure.inline-max in tests (20)
            given().contentType("application/json").body(Map.of("questionId", "what-event-loop", "answer",
                    PersonalHistory.answer("large " + i), "candidateRef", ref, "grader", "offline"))
                    .post("/api/evaluations").then().statusCode(201);
        }
        var started = given().delete("/api/people/{ref}", ref).then().statusCode(202)
                .body("status", equalTo("running")).extract();
        String location = started.header("Location");
        assertThat(location).contains("/api/erasures/" + started.path("id"));

        JsonPath done = null;
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            done = given().get(location).then().statusCode(200).extract().jsonPath();
            if ("done".equals(done.getString("status"))) {
                break;
            }
            Thread.sleep(300);
        }
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getLong("counts.evaluations")).isEqualTo(25);
        assertThat(TableSearch.find(db, schema, ref)).isEmpty();
        assertThat(TableSearch.find(db, schema, PersonalHistory.ANSWER_MARKER + " large")).isEmpty();
    }

    @Test
    void aRefWithNothingHeldIsA404AndRecordsNothing() throws Exception {
        long before = TableSearch.count(db, "SELECT count(*) FROM " + schema + ".person_erasure");
        given().delete("/api/people/{ref}", "nobody-at-all").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/people/{ref}/export", "nobody-at-all").then().statusCode(404);
        assertThat(TableSearch.count(db, "SELECT count(*) FROM " + schema + ".person_erasure")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "a-reviewer", roles = "reviewer")
    void onlyAnAdminErasesOrExports() {
        given().delete("/api/people/{ref}", "anyone").then().statusCode(403);
        given().get("/api/people/{ref}/export", "anyone").then().statusCode(403);
        given().get("/api/erasures").then().statusCode(403);
    }
}
