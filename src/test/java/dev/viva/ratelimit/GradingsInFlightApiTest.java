package dev.viva.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.security.ApiKeyRepository;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * gradingsInFlight per API key: a grading holds one of its key's slots from the moment it is accepted
 * until it ends. The model is a stub that holds its answers back until the test lets them go.
 */
@QuarkusTest
@WithTestResource(GatedLlmServer.class)
class GradingsInFlightApiTest {

    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while I/O "
            + "happens in the background. When an operation completes, its callback is queued and the loop runs it "
            + "once the call stack is empty. Timers, I/O callbacks and setImmediate callbacks run in different phases.";

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ApiKeyRepository keys;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    GradingsInFlight gradings;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry meters;

    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void releaseTheModelAndRemoveKeysEvaluationsAndBuckets() {
        GatedLlmServer.release();
        callers.close();
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
            keys.deleteAll();
            em.createNativeQuery("DELETE FROM {h-schema}rate_limit_bucket").executeUpdate();
        });
    }

    @Test
    void whileTheOnlyGradingAKeyMayRunIsRunningItsNextAnswerIsRefusedWith429AndNotStored() throws Exception {
        ApiKeyService.Created key = keyWithOneGradingInFlight();
        GatedLlmServer.hold();
        Future<ValidatableResponse> first = callers.submit(() -> grade(key, "first"));
        assertThat(GatedLlmServer.awaitCalls(1)).as("the first grading reached the model").isTrue();

        grade(key, "second").statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("limit", equalTo("gradingsInFlight"))
                .body("detail", containsString("1 grading running at once (its gradingsInFlight limit)"))
                .header("Retry-After", equalTo("1"))
                .header("RateLimit-Policy", startsWith("\"per-minute\";q="));
        assertThat(storedEvaluations()).as("only the first answer, accepted before its grading").isEqualTo(1);

        GatedLlmServer.release();
        first.get().statusCode(201);
    }

    @Test
    void aGradingRefusedForItsKeysGradingsInFlightIsCountedAsARateLimitRejection() throws Exception {
        ApiKeyService.Created key = keyWithOneGradingInFlight();
        double before = rejections("gradings_in_flight");
        double perMinuteBefore = rejections("requests_per_minute");
        GatedLlmServer.hold();
        Future<ValidatableResponse> first = callers.submit(() -> grade(key, "first"));
        assertThat(GatedLlmServer.awaitCalls(1)).isTrue();

        grade(key, "second").statusCode(429);

        assertThat(rejections("gradings_in_flight") - before).isEqualTo(1);
        assertThat(rejections("requests_per_minute") - perMinuteBefore).isZero();
        GatedLlmServer.release();
        first.get().statusCode(201);
    }

    private double rejections(String limit) {
        return meters.get("viva.rate.limit.rejections").tag("limit", limit).counter().count();
    }

    @Test
    void anotherKeyGradesWhileTheFirstKeyHasAllItsGradingsRunning() throws Exception {
        ApiKeyService.Created busy = keyWithOneGradingInFlight();
        ApiKeyService.Created other = keyWithOneGradingInFlight();
        GatedLlmServer.hold();
        Future<ValidatableResponse> busyGrading = callers.submit(() -> grade(busy, "busy"));
        assertThat(GatedLlmServer.awaitCalls(1)).isTrue();
        grade(busy, "busy again").statusCode(429);

        Future<ValidatableResponse> otherGrading = callers.submit(() -> grade(other, "other"));
        assertThat(GatedLlmServer.awaitCalls(1)).as("the other key's grading reached the model").isTrue();

        GatedLlmServer.release();
        busyGrading.get().statusCode(201);
        otherGrading.get().statusCode(201);
    }

    @Test
    void aGradingFreesItsSlotWhenItEndsHoweverItEnds() {
        ApiKeyService.Created key = keyWithOneGradingInFlight();

        given().auth().oauth2(key.key()).contentType(ContentType.JSON)
                .body(Map.of("questionId", "no-such-question", "answer", ANSWER, "grader", "llm"))
                .post("/api/evaluations").then().statusCode(404);
        grade(key, "after a refused one").statusCode(201);
        grade(key, "after a graded one").statusCode(201);

        assertThat(gradings.running(key.apiKey().id())).isZero();
    }

    private ApiKeyService.Created keyWithOneGradingInFlight() {
        return apiKeys.create("grader-" + UUID.randomUUID(), Roles.CLIENT, "test", new LimitChange(null, 1), null);
    }

    /** A different answer each time, so that no grading is reused from a stored one. */
    private static ValidatableResponse grade(ApiKeyService.Created key, String label) {
        return given().auth().oauth2(key.key()).contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", ANSWER + " (" + label + ")", "grader", "llm"))
                .post("/api/evaluations").then();
    }

    private long storedEvaluations() {
        return QuarkusTransaction.requiringNew().call(() -> evaluations.count());
    }
}
