package dev.viva.grading.offline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An offline verdict's rationale is what a reviewer can check: the sentence it rests on and the criterion's key
 * terms the answer mentions or not, in words; the numbers are in the provenance, per criterion.
 */
@QuarkusTest
@TestSecurity(user = "rationale-reviewer", roles = "reviewer")
class OfflineRationaleTest {

    @Inject
    EvaluationRepository evaluations;

    @AfterEach
    void clean() {
        QuarkusTransaction.requiringNew().run(() -> StoredEvaluations.removeAll(evaluations));
    }

    @Test
    void eachVerdictNamesItsSentenceAndTheKeyTermsCoveredAndMissingWithTheNumbersInProvenance() {
        JsonPath graded = given().contentType(ContentType.JSON).body(Map.of("questionId", "what-event-loop", "grader", "offline",
                "answer", "The event loop lets Node.js perform non-blocking I/O on a single thread. Callbacks wait in a queue"
                        + " until the call stack is empty, and the loop runs them phase by phase: timers, I/O callbacks, then"
                        + " setImmediate callbacks."))
                .post("/api/evaluations").then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> criteria = graded.getList("criteria");
        assertThat(criteria).isNotEmpty();
        Map<String, Object> numbers = graded.getMap("provenance.settings.criteria");
        boolean anyCredit = false;
        for (Map<String, Object> c : criteria) {
            String rationale = (String) c.get("rationale");
            assertThat(rationale).as("no bare numbers").doesNotContain("match 0.").doesNotContainPattern("\\d\\.\\d\\d");
            assertThat(rationale).containsAnyOf("key terms", "does not mention", "No sentence", "misconception");
            List<String> evidence = (List<String>) c.get("evidence");
            if (!"not_met".equals(c.get("verdict")) && !"penalty".equals(c.get("kind"))) {
                anyCredit = true;
                assertThat(rationale).startsWith("Closest sentence: \"" + evidence.getFirst() + "\"");
            }
            assertThat((Map<String, Object>) numbers.get((String) c.get("criterionId")))
                    .containsKey("sentence").containsKey("penalty".equals(c.get("kind")) ? "penaltyFrom" : "coverage");
        }
        assertThat(anyCredit).as("a good answer earns some credit").isTrue();
    }

    @Test
    void theRationaleListsAtMostSixTermsAndSaysHowManyMore() {
        assertThat(OfflineRationale.of(dev.viva.grading.Verdict.NOT_MET, null, List.of(),
                List.of("a", "b", "c", "d", "e", "f", "g", "h"), false))
                .isEqualTo("No sentence of the answer is about this point. It mentions none of the key terms: a, b, c, d, e and f"
                        + " (and 2 more).");
        assertThat(OfflineRationale.of(dev.viva.grading.Verdict.MET, "Callbacks wait.", List.of("callbacks"), List.of("queue"),
                false)).isEqualTo("Closest sentence: \"Callbacks wait.\". The answer mentions the key terms callbacks."
                        + " It does not mention queue.");
    }
}
