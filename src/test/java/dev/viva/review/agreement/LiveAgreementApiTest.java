package dev.viva.review.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every override is a human label: agreement per version, question, criterion and week. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "reviewer")
class LiveAgreementApiTest {

    private static final String QUESTION = "what-event-loop";

    @Inject
    EvaluationRepository evaluations;

    @AfterEach
    void removeEvaluations() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
        });
    }

    private JsonPath graded() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("questionId", QUESTION, "grader", "offline", "answer", "The event loop runs queued "
                        + "callbacks on one thread when the call stack is empty. " + UUID.randomUUID()))
                .post("/api/evaluations").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void countsReviewedAndChangedVerdictsPerCriterionAndWeekForEachGradingVersion() {
        JsonPath first = graded();
        JsonPath second = graded();
        String criterion = first.getString("criteria[0].criterionId");
        String after = "met".equals(first.getString("criteria[0].verdict")) ? "not_met" : "met";
        given().contentType(ContentType.JSON).body(Map.of("overrides", List.of(Map.of("criterionId", criterion,
                "verdict", after, "reason", "It is in the answer."))))
                .post("/api/evaluations/" + first.getString("id") + "/review").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/evaluations/" + second.getString("id") + "/review").then().statusCode(200);
        int criteria = first.getList("criteria").size();

        given().queryParam("questionId", QUESTION).queryParam("from", LocalDate.now().minusDays(1).toString())
                .get("/api/agreement/live")
                .then().statusCode(200)
                .body("groups", hasSize(1))
                .body("groups[0].questionId", equalTo(QUESTION))
                .body("groups[0].rubricVersion", equalTo(1))
                .body("groups[0].model", notNullValue())
                .body("groups[0].promptHash", equalTo("none"))
                .body("groups[0].evaluations", equalTo(2))
                .body("groups[0].figures.reviewed", equalTo(2 * criteria))
                .body("groups[0].figures.changed", equalTo(1))
                .body("groups[0].criteria.find { it.criterionId == '" + criterion + "' }.figures.changed", equalTo(1))
                .body("groups[0].criteria.find { it.criterionId == '" + criterion + "' }.figures.agreementRate",
                        equalTo(0.5f))
                .body("groups[0].weeks", hasSize(1))
                .body("groups[0].weeks[0].evaluations", equalTo(2))
                .body("overall.changed", equalTo(1));

        given().queryParam("to", "2000-01-01").get("/api/agreement/live")
                .then().statusCode(200).body("groups", hasSize(0));
        given().queryParam("from", "yesterday").get("/api/agreement/live")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
