package dev.viva.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.llm.WireMockLlmServer;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import dev.viva.security.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each of Viva's meters moves when its event happens, read from /q/metrics as Prometheus scrapes it: real
 * PostgreSQL, real job engine, the model server played by WireMock.
 */
@QuarkusTest
@WithTestResource(WireMockLlmServer.class)
class MetersTest {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String QUESTION = "what-event-loop";
    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while "
            + "I/O happens in the background. When an operation completes, its callback is queued and the loop runs "
            + "it once the call stack is empty.";
    private static WireMockServer receiver;

    @WireMockLlmServer.InjectWireMock
    WireMockServer llm;

    @Inject
    ApiKeyService keys;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EntityManager em;

    private String key;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void aClientKeyAndAFreshModelServer() {
        llm.resetAll();
        receiver.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
        key = keys.create("meters-" + UUID.randomUUID(), Roles.CLIENT, "test").key();
    }

    @AfterEach
    void removeWhatTheTestStored() {
        CircuitBreakerMaintenance.get().resetAll();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM {h-schema}webhook_delivery").executeUpdate();
            StoredEvaluations.removeAll(evaluations);
        });
    }

    @Test
    void anOfflineGradingIsCountedByGraderAndOutcomeAndTimedInTheHistogram() {
        Scrape before = Scrape.now();

        String outcome = grade(ANSWER, "offline").path("status");

        Scrape after = Scrape.now();
        assertThat(moved(before, after, "viva_gradings_total", "grader", "offline", "outcome", outcome)).isEqualTo(1);
        assertThat(moved(before, after, "viva_grading_duration_seconds_count", "grader", "offline", "outcome", outcome))
                .isEqualTo(1);
        assertThat(moved(before, after, "viva_grading_duration_seconds_bucket", "grader", "offline", "outcome", outcome,
                "le", "+Inf")).isEqualTo(1);
        assertThat(moved(before, after, "viva_gradings_total", "grader", "llm")).isZero();
    }

    @Test
    void anAnswerGradedBeforeIsCountedAsCachedWithoutRunningTheGrader() {
        grade(ANSWER, "offline");
        Scrape before = Scrape.now();

        Response again = grade(ANSWER, "offline");

        Scrape after = Scrape.now();
        assertThat(again.<Boolean>path("cached")).isTrue();
        assertThat(moved(before, after, "viva_gradings_total", "grader", "offline", "outcome", "cached")).isEqualTo(1);
        assertThat(moved(before, after, "viva_grading_duration_seconds_count", "grader", "offline")).isZero();
    }

    @Test
    void aFlaggedGradingCountsItsFlagAndDeepensTheReviewQueue() {
        Scrape before = Scrape.now();

        grade("Callbacks queue.", "offline").then().body("status", org.hamcrest.Matchers.equalTo("needs_review"));

        Scrape after = Scrape.now();
        assertThat(moved(before, after, "viva_gradings_total", "grader", "offline", "outcome", "needs_review"))
                .isEqualTo(1);
        assertThat(moved(before, after, "viva_gradings_flagged_total", "grader", "offline", "flag", "too_short"))
                .isEqualTo(1);
        assertThat(moved(before, after, "viva_review_queue_depth")).isEqualTo(1);
        assertThat(after.value("viva_review_queue_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theReviewQueuesOldestItemAgesFromWhenItWasGraded() {
        grade("Callbacks queue.", "offline");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE {h-schema}evaluation SET graded_at = now() - interval '2 days' WHERE status = 'NEEDS_REVIEW'")
                .executeUpdate());

        assertThat(Scrape.now().value("viva_review_queue_oldest_age_seconds"))
                .isCloseTo(Duration.ofDays(2).toSeconds(), within(120.0));
    }

    @Test
    void anLlmGradingCountsTheModelsTokensAndTheirCostAndTimesTheModelCallApart() {
        llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("llm-what-event-loop.json"))));
        Scrape before = Scrape.now();

        grade(ANSWER, "llm").then().statusCode(201);

        Scrape after = Scrape.now();
        assertThat(moved(before, after, "viva_model_tokens_total", "model", "gpt-4o-mini", "direction", "in"))
                .isEqualTo(800);
        assertThat(moved(before, after, "viva_model_tokens_total", "model", "gpt-4o-mini", "direction", "out"))
                .isEqualTo(200);
        // gpt-4o-mini's list prices (viva.screening.price.*): 800 x 0.15 + 200 x 0.60 per million tokens
        assertThat(moved(before, after, "viva_model_cost_total", "model", "gpt-4o-mini", "currency", "USD"))
                .isCloseTo(0.00024, within(1e-9));
        assertThat(moved(before, after, "viva_model_call_duration_seconds_count", "model", "gpt-4o-mini",
                "outcome", "success")).isEqualTo(1);
        assertThat(moved(before, after, "viva_grading_duration_seconds_count", "grader", "llm")).isEqualTo(1);
    }

    @Test
    void aModelServerThatFailsLeavesTheAnswerInTheUngradedBacklogAndCountsEveryFailedCall() {
        llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(500)));
        Scrape before = Scrape.now();

        grade(ANSWER, "llm").then().body("status", org.hamcrest.Matchers.equalTo("ungraded"));

        Scrape after = Scrape.now();
        assertThat(moved(before, after, "viva_gradings_total", "grader", "llm", "outcome", "ungraded")).isEqualTo(1);
        assertThat(moved(before, after, "viva_grading_duration_seconds_count", "grader", "llm", "outcome", "ungraded"))
                .isEqualTo(1);
        // one call and viva.llm.retries (2) retries
        assertThat(moved(before, after, "viva_model_call_duration_seconds_count", "outcome", "unavailable"))
                .isEqualTo(3);
        assertThat(moved(before, after, "viva_ungraded_backlog")).isEqualTo(1);
        assertThat(after.value("viva_ungraded_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aModelServerThatKeepsFailingOpensTheCircuitBreakerAsSmallRyesFtMetricsShow() {
        llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(500)));
        Scrape before = Scrape.now();

        // the breaker judges the last viva.llm.circuit-breaker.window (20) calls; each grading makes 3
        for (int i = 0; i < 7; i++) {
            grade(ANSWER + " " + i, "llm").then().body("status", org.hamcrest.Matchers.equalTo("ungraded"));
        }

        Scrape after = Scrape.now();
        assertThat(after.value("ft_circuitbreaker_state_current", "method", "llm", "state", "open")).isEqualTo(1);
        assertThat(after.value("ft_circuitbreaker_state_current", "method", "llm", "state", "closed")).isZero();
        assertThat(moved(before, after, "ft_circuitbreaker_opened_total", "method", "llm")).isEqualTo(1);
        assertThat(moved(before, after, "ft_circuitbreaker_calls_total", "method", "llm",
                "circuitBreakerResult", "circuitBreakerOpen")).isPositive();
    }

    @Test
    void theUngradedBacklogsOldestItemAgesFromWhenTheAnswerWasStored() {
        llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(500)));
        grade(ANSWER, "llm");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE {h-schema}evaluation SET created_at = now() - interval '1 hour' WHERE status = 'UNGRADED'")
                .executeUpdate());

        assertThat(Scrape.now().value("viva_ungraded_oldest_age_seconds")).isCloseTo(3600, within(120.0));
    }

    @Test
    void aKeyPastItsRequestsPerMinuteIsCountedAsARateLimitRejection() {
        String limited = keyWithRequestsPerMinute(1);
        given().auth().oauth2(limited).get("/api/questions").then().statusCode(200);
        Scrape before = Scrape.now();

        given().auth().oauth2(limited).get("/api/questions").then().statusCode(429);

        Scrape after = Scrape.now();
        assertThat(moved(before, after, "viva_rate_limit_rejections_total", "limit", "requests_per_minute"))
                .isEqualTo(1);
        assertThat(moved(before, after, "viva_rate_limit_rejections_total", "limit", "gradings_in_flight")).isZero();
    }

    @Test
    void aWebhookRefusedOnceThenAcceptedCountsAFailedAttemptAJobFailureAndADelivery() {
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        Scrape before = Scrape.now();

        given().header("X-API-Key", key).header("Prefer", "respond-async").contentType(ContentType.JSON)
                .body(Map.of("questionId", QUESTION, "answer", ANSWER, "grader", "offline",
                        "callbackUrl", receiver.baseUrl() + "/flaky"))
                .post("/api/evaluations").then().statusCode(202);

        await(() -> moved(before, Scrape.now(), "viva_webhook_attempts_total", "outcome", "delivered") == 1);
        Scrape after = Scrape.now();
        assertThat(moved(before, after, "viva_webhook_attempts_total", "outcome", "failed")).isEqualTo(1);
        assertThat(moved(before, after, "viva_job_failures_total", "type", "deliver_webhook")).isEqualTo(1);
        assertThat(moved(before, after, "viva_job_failures_total", "type", "grade_evaluation")).isZero();
        assertThat(moved(before, after, "viva_gradings_total", "grader", "offline")).isEqualTo(1);
    }

    @Test
    void jobsWaitingForTheEngineAreCountedByTypeAndStateUntilTheyRun() {
        receiver.stubFor(post(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));
        Scrape before = Scrape.now();

        given().header("X-API-Key", key).header("Prefer", "respond-async").contentType(ContentType.JSON)
                .body(Map.of("questionId", QUESTION, "answer", ANSWER, "grader", "offline",
                        "callbackUrl", receiver.baseUrl() + "/down"))
                .post("/api/evaluations").then().statusCode(202);

        // the first refusal puts the delivery job back as scheduled, for its retry
        await(() -> waiting(Scrape.now(), "deliver_webhook") > waiting(before, "deliver_webhook"));
        assertThat(Scrape.now().has("viva_jobs", "type", "grade_screening_answer", "state", "enqueued")).isTrue();

        receiver.stubFor(post(urlEqualTo("/down")).willReturn(aResponse().withStatus(204)));
        await(() -> waiting(Scrape.now(), "deliver_webhook") <= waiting(before, "deliver_webhook"));
    }

    @Test
    void jobRunrsOwnMetersCountJobsByStateOverAllTypesAndWatchThisInstancesJobServer() {
        Scrape scrape = Scrape.now();

        assertThat(scrape.has("jobrunr_jobs_by_state", "state", "ENQUEUED")).isTrue();
        assertThat(scrape.has("jobrunr_jobs_by_state", "state", "FAILED")).isTrue();
        assertThat(scrape.value("jobrunr_background_job_server_worker_pool_size_total")).isEqualTo(32);
        assertThat(scrape.value("jobrunr_background_job_server_last_heartbeat"))
                .isCloseTo(System.currentTimeMillis() / 1000.0, within(120.0));
    }

    private static double waiting(Scrape scrape, String type) {
        return scrape.value("viva_jobs", "type", type, "state", "enqueued")
                + scrape.value("viva_jobs", "type", type, "state", "scheduled")
                + scrape.value("viva_jobs", "type", type, "state", "processing");
    }

    private Response grade(String answer, String grader) {
        return given().header("X-API-Key", key).contentType(ContentType.JSON)
                .body(Map.of("questionId", QUESTION, "answer", answer, "grader", grader))
                .post("/api/evaluations");
    }

    private String keyWithRequestsPerMinute(int quota) {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("name", "limited-" + UUID.randomUUID(), "role", "client",
                "requestsPerMinute", quota));
        return given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON).body(body)
                .post("/api/api-keys").then().statusCode(201).extract().path("key");
    }

    static double moved(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String recorded(String name) {
        try (InputStream in = MetersTest.class.getResourceAsStream("/evaluation/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
