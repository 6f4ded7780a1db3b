package dev.viva.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.viva.evaluation.EvaluationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class OversizedBodyTest {

    /** Above quarkus.http.limits.max-body-size (10M by default). */
    private static final int ELEVEN_MEGABYTES = 11 * 1024 * 1024;

    @Inject
    EvaluationRepository evaluations;

    @Test
    void aBodyAboveTheServersLimitIsA413ProblemThatStatesTheLimitAndStoresNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> evaluations.count());

        given().contentType("application/json").body("{\"questionId\":\"x\",\"answer\":\"" + "a".repeat(ELEVEN_MEGABYTES) + "\"}")
                .when().post("/api/evaluations")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413))
                .body("title", equalTo("Request body too large"))
                .body("detail", containsString("at most 10485760 bytes"))
                .body("maxBytes", equalTo(10485760))
                .body("instance", equalTo("/api/evaluations"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> evaluations.count())).isEqualTo(before);
    }

    @Test
    void aBodyWithinTheLimitGoesOnToTheEndpoint() {
        given().contentType("application/json").body("{\"questionId\":\"no-such-question\",\"answer\":\"An answer.\"}")
                .when().post("/api/evaluations")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }
}
