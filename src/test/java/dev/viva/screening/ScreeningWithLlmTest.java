package dev.viva.screening;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.viva.screening.ScreeningClient.awaitComplete;
import static dev.viva.screening.ScreeningClient.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.EvaluationStatus;
import dev.viva.evaluation.UngradedEvaluationRetrier;
import dev.viva.llm.WireMockLlmServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An LLM screening (the model played by WireMock): the estimate, the budget's pause and resume, and 429s. */
@QuarkusTest
@TestProfile(ScreeningWithLlmTest.FourModelCallsAtOnce.class)
@WithTestResource(WireMockLlmServer.class)
@TestSecurity(user = "alice", roles = "reviewer")
class ScreeningWithLlmTest {

    public static class FourModelCallsAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("viva.screening.max-llm-in-flight", "4", "viva.grading.retry.initial-delay", "100ms");
        }
    }

    private static final String COMPLETIONS = "/v1/chat/completions";
    /** The answer the recorded reply quotes (800 prompt and 200 completion tokens: $0.00024 a grading). */
    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while "
            + "I/O happens in the background. When an operation completes, its callback is queued and the loop runs "
            + "it once the call stack is empty. Timers, I/O callbacks and setImmediate callbacks run in different phases.";

    @WireMockLlmServer.InjectWireMock
    WireMockServer wireMock;

    @Inject
    StoredScreenings stored;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    UngradedEvaluationRetrier retrier;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @AfterEach
    void cleanUp() {
        stored.removeAll();
    }

    @Test
    void theEstimateCountsTokensBeforeAnythingIsSent() {
        String screening = llmScreening(null);
        upload(screening, sixAnswers()).then().statusCode(202);

        var estimate = given().get("/api/screenings/" + screening + "/estimate").then().statusCode(200)
                .body("answers", equalTo(6)).body("callsModel", equalTo(true)).body("currency", equalTo("USD"))
                .extract().jsonPath();
        long tokensIn = estimate.getLong("estimatedTokensIn");
        assertThat(tokensIn / 6).as("prompt tokens per answer").isBetween(300L, 5000L);
        assertThat(estimate.getLong("estimatedTokensOut")).isEqualTo(6 * 450);
        assertThat(estimate.getDouble("estimatedCost"))
                .isCloseTo((tokensIn * 0.15 + 6 * 450 * 0.60) / 1_000_000, org.assertj.core.data.Offset.offset(0.0001));
    }

    @Test
    void atItsBudgetAScreeningPausesWithTheRestQueuedAndResumesWhenTheBudgetIsRaised() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded())));
        String screening = llmScreening(new java.math.BigDecimal("0.0001"));
        upload(screening, sixAnswers()).then().statusCode(202);

        awaitStatus(screening, "paused_budget");
        ScreeningClient.sleep(1000); // gradings in flight when the budget was reached finish
        List<Evaluation> paused = answersOf(screening);
        long graded = paused.stream().filter(e -> e.status != EvaluationStatus.UNGRADED).count();
        assertThat(graded).as("at most the model-call slots overshoot the budget").isBetween(1L, 4L);
        ScreeningClient.get(screening).then().body("status", equalTo("paused_budget"))
                .body("progress.queued", equalTo((int) (6 - graded)));
        assertThat(given().get("/api/screenings/" + screening + "/estimate").jsonPath().getDouble("recordedCost"))
                .isCloseTo(graded * 0.00024, org.assertj.core.data.Offset.offset(0.00001));

        given().contentType(ContentType.JSON).body(Map.of("budget", 1)).put("/api/screenings/" + screening + "/budget")
                .then().statusCode(200);

        awaitComplete(screening, Duration.ofSeconds(90));
        assertThat(answersOf(screening)).hasSize(6).allSatisfy(e -> {
            assertThat(e.status).isNotEqualTo(EvaluationStatus.UNGRADED);
            assertThat(e.attempts).as("graded once").isEqualTo(1);
        });
        wireMock.verify(6, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aModelServerAnswering429SlowsTheScreeningDownAndNeverFailsIt() {
        String scenario = "throttled";
        String state = Scenario.STARTED;
        for (int i = 1; i <= 5; i++) {
            wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario(scenario).whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                            .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"slow down\"}}"))
                    .willSetStateTo("after-" + i));
            state = "after-" + i;
        }
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario(scenario).whenScenarioStateIs(state)
                .willReturn(okJson(recorded())));
        String screening = llmScreening(null);
        upload(screening, sixAnswers()).then().statusCode(202);

        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!"complete".equals(ScreeningClient.get(screening).path("status")) && System.nanoTime() < end) {
            retrier.retryDueNow(); // the retry job, which tests drive by hand
            ScreeningClient.sleep(300);
        }

        assertThat(answersOf(screening)).hasSize(6).allSatisfy(e -> {
            assertThat(e.status).isNotEqualTo(EvaluationStatus.UNGRADED);
            assertThat(e.attempts).as("a throttled grading is not charged an attempt").isEqualTo(1);
        });
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))).size()).isGreaterThanOrEqualTo(6 + 5);
    }

    private String llmScreening(java.math.BigDecimal budget) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "LLM screening",
                "questionIds", List.of("what-event-loop"), "grader", "llm", "blind", false));
        if (budget != null) {
            body.put("budget", budget);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/screenings").then().statusCode(201)
                .extract().path("id");
    }

    private static String sixAnswers() {
        StringBuilder csv = new StringBuilder("candidateRef,questionId,answer\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("llm-").append(i).append(",what-event-loop,\"").append(ANSWER).append("\"\n");
        }
        return csv.toString();
    }

    private void awaitStatus(String screening, String status) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!status.equals(ScreeningClient.get(screening).path("status")) && System.nanoTime() < end) {
            ScreeningClient.sleep(300);
        }
        ScreeningClient.get(screening).then().body("status", equalTo(status));
    }

    private List<Evaluation> answersOf(String screening) {
        return QuarkusTransaction.requiringNew().call(() -> evaluations.list("screeningId", UUID.fromString(screening)));
    }

    private static String recorded() {
        try (InputStream in = ScreeningWithLlmTest.class.getResourceAsStream("/evaluation/llm-what-event-loop.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
