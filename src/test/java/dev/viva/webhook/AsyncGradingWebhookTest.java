package dev.viva.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A learning platform grades asynchronously: the answer is stored and 202 comes back at once; the
 * grading runs on the job engine; the learner-safe feedback arrives at the callback signed as Standard
 * Webhooks with the key's own secret, is retried when the receiver fails, and can be redelivered.
 */
@QuarkusTest
class AsyncGradingWebhookTest {

    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while I/O "
            + "happens in the background. When an operation completes, its callback is queued and run later.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer receiver;

    @Inject
    ApiKeyService keys;

    @Inject
    EvaluationRepository evaluations;

    private ApiKeyService.Created client;

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
    void aClientKey() {
        receiver.resetAll();
        client = keys.create("platform-" + UUID.randomUUID(), Roles.CLIENT, "test");
    }

    @AfterEach
    void removeEvaluations() {
        QuarkusTransaction.requiringNew().run(() -> StoredEvaluations.removeAll(evaluations));
    }

    @Test
    void anAsyncRequestIsAcceptedAtOnceAndItsFeedbackArrivesSignedAtTheCallback() throws Exception {
        receiver.stubFor(post(urlEqualTo("/hooks/viva")).willReturn(aResponse().withStatus(204)));

        Response accepted = given().header("X-API-Key", client.key()).header("Prefer", "respond-async")
                .contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", ANSWER, "grader", "offline",
                        "callbackUrl", receiver.baseUrl() + "/hooks/viva"))
                .post("/api/evaluations");

        accepted.then().statusCode(202).header("Location", startsWith("http")).header("Preference-Applied",
                "respond-async").body("status", equalTo("ungraded"));
        String id = accepted.path("id");

        LoggedRequest hook = awaitRequests(1).getFirst();
        System.out.println("Webhook as received:\n" + hook.getMethod() + " " + hook.getUrl() + "\n"
                + hook.getHeaders() + "\n" + hook.getBodyAsString());
        String webhookId = hook.getHeader("webhook-id");
        String timestamp = hook.getHeader("webhook-timestamp");
        assertThat(webhookId).startsWith("msg_");
        assertThat(Long.parseLong(timestamp)).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
        assertThat(hook.getHeader("webhook-signature"))
                .isEqualTo("v1," + hmac(client.webhookSecret(), webhookId + "." + timestamp + "." + hook.getBodyAsString()));

        JsonNode body = JSON.readTree(hook.getBodyAsString());
        assertThat(body.path("type").asText()).isEqualTo("evaluation.completed");
        assertThat(body.path("data").path("evaluationId").asText()).isEqualTo(id);
        assertThat(body.path("data").path("status").asText()).isIn("graded", "needs_review");
        assertThat(body.path("data").has("band")).isTrue();
        JsonNode feedbackView = JSON.readTree(given().header("X-API-Key", client.key())
                .get("/api/evaluations/" + id + "/feedback").then().statusCode(200).extract().asString());
        assertThat(body.path("data")).isEqualTo(feedbackView);
        assertThat(hook.getBodyAsString()).doesNotContain("rationale").doesNotContain("description")
                .doesNotContain("weight").doesNotContain("evidence");

        given().header("X-API-Key", client.key()).get("/api/webhooks/deliveries?evaluationId=" + id).then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo(webhookId))
                .body("[0].status", equalTo("delivered")).body("[0].attempts", equalTo(1))
                .body("[0].lastStatusCode", equalTo(204));
    }

    @Test
    void aFailingReceiverIsTriedAgainWithTheSameMessageUntilItAccepts() throws Exception {
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));

        String id = submitAsync("/flaky");

        List<LoggedRequest> attempts = awaitRequests(2);
        assertThat(attempts.get(0).getHeader("webhook-id")).isEqualTo(attempts.get(1).getHeader("webhook-id"));
        assertThat(attempts.get(0).getBodyAsString()).isEqualTo(attempts.get(1).getBodyAsString());
        awaitDeliveryStatus(id, "delivered");
        given().header("X-API-Key", client.key()).get("/api/webhooks/deliveries?evaluationId=" + id).then()
                .body("[0].attempts", equalTo(2)).body("[0].lastStatusCode", equalTo(200));
    }

    @Test
    void aDeliveryCanBeSentAgainOnRequestAndOnlyItsOwnerSeesIt() throws Exception {
        receiver.stubFor(post(urlEqualTo("/again")).willReturn(aResponse().withStatus(200)));
        String id = submitAsync("/again");
        String webhookId = awaitRequests(1).getFirst().getHeader("webhook-id");
        awaitDeliveryStatus(id, "delivered");

        given().header("X-API-Key", client.key()).post("/api/webhooks/deliveries/" + webhookId + "/redeliver")
                .then().statusCode(202);

        assertThat(awaitRequests(2).get(1).getHeader("webhook-id")).isEqualTo(webhookId);
        String other = keys.create("other-" + UUID.randomUUID(), Roles.CLIENT, "test").key();
        given().header("X-API-Key", other).get("/api/webhooks/deliveries/" + webhookId).then().statusCode(404);
        given().header("X-API-Key", other).get("/api/webhooks/deliveries?evaluationId=" + id).then()
                .statusCode(200).body("size()", equalTo(0));
        given().header("X-API-Key", other).get("/api/evaluations/" + id + "/feedback").then().statusCode(404);
    }

    @Test
    void aCallbackUrlWithoutAnAsyncRequestIsRefusedAndStoresNothing() {
        long before = count();
        given().header("X-API-Key", client.key()).contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", ANSWER, "callbackUrl", receiver.baseUrl() + "/x"))
                .post("/api/evaluations").then().statusCode(400).contentType("application/problem+json");
        given().header("X-API-Key", client.key()).contentType(ContentType.JSON).queryParam("async", "true")
                .body(Map.of("questionId", "what-event-loop", "answer", ANSWER, "callbackUrl", "ftp://example.com/x"))
                .post("/api/evaluations").then().statusCode(422).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    private String submitAsync(String path) {
        return given().header("X-API-Key", client.key()).queryParam("async", "true").contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", ANSWER + " " + UUID.randomUUID(),
                        "grader", "offline", "callbackUrl", receiver.baseUrl() + path))
                .post("/api/evaluations").then().statusCode(202).extract().path("id");
    }

    private static List<LoggedRequest> awaitRequests(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            List<LoggedRequest> requests = receiver.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
            if (requests.size() >= n) {
                return requests;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The receiver did not get " + n + " webhook request(s) in time");
    }

    private void awaitDeliveryStatus(String evaluationId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> statuses = given().header("X-API-Key", client.key())
                    .get("/api/webhooks/deliveries?evaluationId=" + evaluationId).then().extract().jsonPath()
                    .getList("status");
            if (statuses.contains(status)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No delivery of " + evaluationId + " reached " + status);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> evaluations.count());
    }

    /** Standard Webhooks, computed here independently of the service's signer. */
    private static String hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
