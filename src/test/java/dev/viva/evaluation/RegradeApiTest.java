package dev.viva.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.viva.rubric.RubricVersionRepository;
import dev.viva.rubric.ShippedRubrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Regrading stored answers with a changed rubric, offline grader, real PostgreSQL. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RegradeApiTest {

    private static final String QUESTION = "what-event-loop";
    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while "
            + "I/O happens in the background. When an operation completes, its callback is queued and the loop runs "
            + "it once the call stack is empty. Timers, I/O callbacks and setImmediate callbacks run in different phases.";
    private static final String ADDED = "package-lock-pins-versions";

    @Inject
    EvaluationRepository evaluations;
    @Inject
    RubricVersionRepository versions;

    @AfterEach
    void removeWhatTheTestCreated() {
        QuarkusTransaction.requiringNew().run(() -> {
            evaluations.update("previousId = null");
            evaluations.update("cachedFrom = null");
            evaluations.delete("questionId", QUESTION);
        });
        ShippedRubrics.restore(versions, QUESTION);
    }

    @Test
    void aRequiredCriterionAddedToTheRubricLowersTheScoreOfAnAnswerThatDoesNotMeetIt() {
        String oldId = submit();
        float oldScore = given().get("/api/evaluations/" + oldId).then().extract().path("score");
        addApprovedCriterion();

        Response r = given().contentType("application/json").body(Map.of())
                .post("/api/questions/{id}/regrade", QUESTION);

        r.then().statusCode(200).body("rubricVersion", equalTo(2)).body("results", hasSize(1))
                .body("results[0].evaluationId", equalTo(oldId))
                .body("results[0].oldRubricVersion", equalTo(1))
                .body("results[0].newRubricVersion", equalTo(2))
                .body("results[0].changedCriteria", hasSize(1))
                .body("results[0].changedCriteria[0].criterionId", equalTo(ADDED))
                .body("results[0].changedCriteria[0].before", nullValue())
                .body("results[0].changedCriteria[0].after", equalTo("not_met"));
        float reportedOld = r.path("results[0].oldScore");
        float newScore = r.path("results[0].newScore");
        assertThat(reportedOld).isEqualTo(oldScore);
        assertThat(newScore).isLessThan(oldScore);

        String newId = r.path("results[0].newEvaluationId");
        assertThat(newId).isNotEqualTo(oldId);
        given().get("/api/evaluations/" + newId).then().statusCode(200)
                .body("previousId", equalTo(oldId)).body("provenance.rubricVersion", equalTo(2));
        given().get("/api/evaluations/" + oldId).then().statusCode(200)
                .body("score", equalTo(oldScore)).body("provenance.rubricVersion", equalTo(1));
    }

    @Test
    void withoutIdsOnlyTheLatestResultOfEachAnswerIsRegraded() {
        submit();
        addApprovedCriterion();
        given().contentType("application/json").body(Map.of()).post("/api/questions/{id}/regrade", QUESTION)
                .then().statusCode(200).body("results", hasSize(1));

        given().contentType("application/json").body(Map.of()).post("/api/questions/{id}/regrade", QUESTION)
                .then().statusCode(200).body("results", hasSize(1)).body("results[0].changedCriteria", hasSize(0));

        assertThat(QuarkusTransaction.requiringNew().call(() -> evaluations.count("questionId", QUESTION)))
                .isEqualTo(3);
    }

    @Test
    void evaluationsOfAnotherQuestionOrUnknownOnesAreA422() {
        String unknown = UUID.randomUUID().toString();
        given().contentType("application/json").body(Map.of("evaluationIds", List.of(unknown)))
                .post("/api/questions/{id}/regrade", QUESTION)
                .then().statusCode(422).contentType("application/problem+json")
                .body("evaluationIds[0]", equalTo(unknown));
    }

    private String submit() {
        return given().contentType("application/json")
                .body(Map.of("questionId", QUESTION, "answer", ANSWER, "grader", "offline"))
                .post("/api/evaluations").then().statusCode(201).extract().path("id");
    }

    private void addApprovedCriterion() {
        given().contentType("application/json").body(Map.of("kind", "required", "weight", 2,
                "description", "States that package-lock.json pins the exact versions of transitive dependencies."))
                .patch("/api/questions/{id}/rubric/criteria/{c}", QUESTION, ADDED)
                .then().statusCode(201).body("version", equalTo(2));
        given().post("/api/questions/{id}/rubric/versions/2/approve", QUESTION).then().statusCode(200);
    }
}
