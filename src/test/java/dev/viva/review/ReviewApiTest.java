package dev.viva.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.ScoreCalculator;
import dev.viva.grading.Verdict;
import dev.viva.rubric.RubricVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reviewing through the API: overrides with reasons, a recomputed score, the machine result kept, an audit trail. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "reviewer")
class ReviewApiTest {

    private static final String QUESTION = "what-event-loop";
    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while I/O "
            + "happens in the background. When an operation completes, its callback is queued and the loop runs it "
            + "once the call stack is empty.";

    @Inject
    EvaluationRepository evaluations;

    @Inject
    RubricVersionRepository rubrics;

    @AfterEach
    void removeEvaluations() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
        });
    }

    private JsonPath graded() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("questionId", QUESTION, "answer", ANSWER + " " + UUID.randomUUID(), "grader", "offline"))
                .post("/api/evaluations").then().statusCode(201).extract().jsonPath();
    }

    private static Verdict flipped(String verdict) {
        return "met".equals(verdict) ? Verdict.NOT_MET : Verdict.MET;
    }

    @Test
    void overridingACriterionRecomputesTheScoreWithTheGradingCodeAndKeepsTheMachineResult() {
        JsonPath evaluation = graded();
        String id = evaluation.getString("id");
        String criterion = evaluation.getString("criteria[0].criterionId");
        Verdict after = flipped(evaluation.getString("criteria[0].verdict"));
        BigDecimal machineScore = new BigDecimal(evaluation.getString("score"));

        var rubric = QuarkusTransaction.requiringNew().call(() -> rubrics.findActive(QUESTION).orElseThrow().content);
        List<CriterionVerdict> expected = evaluation.getList("criteria", Map.class).stream()
                .map(c -> new CriterionVerdict((String) c.get("criterionId"), criterion.equals(c.get("criterionId"))
                        ? after : Verdict.valueOf(((String) c.get("verdict")).toUpperCase()), List.of(), ""))
                .toList();
        BigDecimal expectedScore = ScoreCalculator.total(rubric, expected);

        given().contentType(ContentType.JSON)
                .body(Map.of("overrides", List.of(Map.of("criterionId", criterion, "verdict",
                        after.name().toLowerCase(), "reason", "The answer says this in its second sentence.")),
                        "comment", "Checked against the model answer."))
                .post("/api/evaluations/" + id + "/review")
                .then().statusCode(200)
                .body("status", equalTo("graded"))
                .body("machineScore", equalTo(machineScore.floatValue()))
                .body("reviewedScore", equalTo(expectedScore.floatValue()))
                .body("entries", hasSize(2))
                .body("entries[0].action", equalTo("override"))
                .body("entries[1].action", equalTo("comment"));

        given().get("/api/evaluations/" + id).then().statusCode(200)
                .body("score", equalTo(machineScore.floatValue()))
                .body("criteria[0].verdict", equalTo(evaluation.getString("criteria[0].verdict")))
                .body("reviewedScore", equalTo(expectedScore.floatValue()))
                .body("reviewedCriteria[0].verdict", equalTo(after.name().toLowerCase()))
                .body("reviewedBy", equalTo("maria"));

        given().get("/api/evaluations/" + id + "/audit").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].criterionId", equalTo(criterion))
                .body("[0].before", equalTo(evaluation.getString("criteria[0].verdict")))
                .body("[0].after", equalTo(after.name().toLowerCase()))
                .body("[0].reason", equalTo("The answer says this in its second sentence."))
                .body("[0].reviewer", equalTo("maria"))
                .body("[0].at", notNullValue());
    }

    @Test
    void acceptingWithoutChangesKeepsTheScoreAndRecordsTheAcceptance() {
        JsonPath evaluation = graded();
        String id = evaluation.getString("id");
        given().contentType(ContentType.JSON).body(Map.of("comment", "Looks right."))
                .post("/api/evaluations/" + id + "/review")
                .then().statusCode(200)
                .body("status", equalTo("graded"))
                .body("reviewedScore", equalTo(evaluation.getFloat("score")))
                .body("entries[0].action", equalTo("accept"))
                .body("entries[0].reason", equalTo("Looks right."));
    }

    @Test
    void refusesAnUnknownCriterionNamingIt() {
        String id = graded().getString("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("overrides", List.of(Map.of("criterionId", "no-such-criterion", "verdict", "met",
                        "reason", "x"))))
                .post("/api/evaluations/" + id + "/review")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("no-such-criterion"))
                .body("unknownCriteria[0]", equalTo("no-such-criterion"));
    }

    @Test
    void refusesAChangedVerdictWithoutAReason() {
        JsonPath evaluation = graded();
        given().contentType(ContentType.JSON)
                .body(Map.of("overrides", List.of(Map.of("criterionId", evaluation.getString("criteria[0].criterionId"),
                        "verdict", flipped(evaluation.getString("criteria[0].verdict")).name().toLowerCase()))))
                .post("/api/evaluations/" + evaluation.getString("id") + "/review")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("reason"));
        given().get("/api/evaluations/" + evaluation.getString("id") + "/audit").then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void refusesAnInvalidVerdictWith400() {
        JsonPath evaluation = graded();
        given().contentType(ContentType.JSON)
                .body(Map.of("overrides", List.of(Map.of("criterionId", evaluation.getString("criteria[0].criterionId"),
                        "verdict", "excellent", "reason", "x"))))
                .post("/api/evaluations/" + evaluation.getString("id") + "/review")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void answersAnUnknownEvaluationWith404() {
        given().get("/api/evaluations/" + UUID.randomUUID() + "/audit").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/evaluations/not-a-uuid/review").then().statusCode(404);
    }

    @Test
    void keepsTheAuditTrailAppendOnly() {
        String id = graded().getString("id");
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations/" + id + "/review")
                .then().statusCode(200);
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> QuarkusTransaction.requiringNew()
                .run(() -> evaluations.getEntityManager()
                        .createNativeQuery("UPDATE {h-schema}review_entry SET reason = 'rewritten'").executeUpdate()));
        assertThat(refused).isNotNull();
    }
}
