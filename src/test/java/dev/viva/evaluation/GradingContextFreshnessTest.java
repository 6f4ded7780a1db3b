package dev.viva.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.viva.question.BankFixtures;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.rubric.ShippedRubrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cached question and rubric never outlive a change to them: the next grading sees the change. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class GradingContextFreshnessTest {

    private static final String QUESTION = "buffers";
    private static final String IMPORTED = "test/context-cache.md";

    @Inject
    EvaluationRepository evaluations;
    @Inject
    RubricVersionRepository versions;
    @Inject
    BankFixtures bank;
    @Inject
    @CacheName(GradingContexts.CACHE)
    Cache contexts;

    @AfterEach
    void restore() {
        QuarkusTransaction.requiringNew().run(() -> StoredEvaluations.removeAll(evaluations));
        ShippedRubrics.restore(versions, QUESTION);
        bank.forget(IMPORTED);
    }

    @Test
    void theVeryNextGradingAfterAnApprovalUsesTheNewRubricVersion() {
        grade("Buffers hold raw binary data.").then().body("provenance.rubricVersion", equalTo(1));

        List<Map<String, Object>> criteria = new ArrayList<>(given().get("/api/questions/{id}/rubric", QUESTION)
                .then().statusCode(200).extract().jsonPath().getList("criteria"));
        criteria.add(Map.of("id", "buffer-outside-v8-heap", "kind", CriterionKind.BONUS.name().toLowerCase(),
                "weight", 1, "description", "States that Buffer memory is allocated outside the V8 heap."));
        given().contentType(ContentType.JSON).body(Map.of("criteria", criteria))
                .put("/api/questions/{id}/rubric", QUESTION).then().statusCode(201).body("version", equalTo(2));
        grade("Buffers hold raw bytes.").then().body("provenance.rubricVersion", equalTo(1));

        given().post("/api/questions/{id}/rubric/versions/2/approve", QUESTION).then().statusCode(200);

        grade("Buffers hold raw bytes outside the V8 heap.").then().body("provenance.rubricVersion", equalTo(2));
    }

    @Test
    void importingADocumentEmptiesTheCache() {
        grade("Buffers hold raw binary data.");
        assertThat(cachedQuestions()).as("cached after a grading").contains(QUESTION);

        given().contentType("text/markdown").body("***What is a zeta buffer?***\nA buffer of zetas.\n")
                .queryParam("name", IMPORTED).post("/api/questions/import").then().statusCode(201);

        assertThat(cachedQuestions()).as("emptied by the import").doesNotContain(QUESTION);
    }

    private java.util.Set<Object> cachedQuestions() {
        return contexts.as(CaffeineCache.class).keySet();
    }

    private static io.restassured.response.Response grade(String answer) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("questionId", QUESTION, "answer", answer, "grader", "offline"))
                .post("/api/evaluations").then().statusCode(201).extract().response();
    }
}
