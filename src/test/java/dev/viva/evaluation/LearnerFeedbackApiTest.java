package dev.viva.evaluation;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.viva.llm.WireMockLlmServer;
import dev.viva.rubric.model.Criterion;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a learning platform may pass on to a learner: score, band, strengths, missing, next step and
 * each point by a title, on both graders, and never the answer key.
 */
@QuarkusTest
@WithTestResource(WireMockLlmServer.class)
class LearnerFeedbackApiTest {

    private static final String QUESTION = "what-event-loop";
    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while "
            + "I/O happens in the background. When an operation completes, its callback is queued and the loop runs "
            + "it once the call stack is empty. Timers, I/O callbacks and setImmediate callbacks run in different phases.";

    @WireMockLlmServer.InjectWireMock
    WireMockServer wireMock;

    @Inject
    ApiKeyService keys;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    GradingContexts contexts;

    private String client;

    @BeforeEach
    void aClient() {
        wireMock.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
        client = keys.create("learning-platform-" + UUID.randomUUID(), Roles.CLIENT, "test").key();
    }

    @AfterEach
    void removeEvaluations() {
        QuarkusTransaction.requiringNew().run(() -> StoredEvaluations.removeAll(evaluations));
    }

    @Test
    void theFeedbackViewOfAnOfflineGradingHasTheLearnersFieldsAndSaysItIsInEnglish() {
        Response r = grade(Map.of("questionId", QUESTION, "answer", ANSWER, "grader", "offline"), "feedback");

        r.then().statusCode(201).body("status", oneOf("graded", "needs_review")).body("score", notNullValue())
                .body("band", oneOf("strong", "partial", "weak")).body("strengths", notNullValue())
                .body("missing", notNullValue()).body("criteria.title", everyItem(notNullValue()))
                .body("criteria.verdict", everyItem(oneOf("met", "partial", "not_met")))
                .body("language", equalTo("en")).body("languageNote", equalTo("Offline feedback is in English."));
        assertCarriesNoAnswerKey(r.asString());
        String id = r.path("evaluationId");
        String view = given().header("X-API-Key", client).get("/api/evaluations/" + id + "/feedback").then()
                .statusCode(200).extract().asString();
        assertThat(view).isEqualTo(r.asString());
    }

    @Test
    void theFeedbackViewOfAnLlmGradingIsInTheLanguageTheLearnerAskedFor() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("in German (de)"))
                .willReturn(okJson(recorded("llm-what-event-loop.json"))));

        Response r = given().header("X-API-Key", client).header("Accept-Language", "de-CH;q=0.9, de;q=0.8")
                .contentType(ContentType.JSON)
                .body(Map.of("questionId", QUESTION, "answer", ANSWER, "grader", "llm", "lang", "de"))
                .post("/api/evaluations?view=feedback");

        r.then().statusCode(201).body("language", equalTo("de")).body("languageNote", nullValue())
                .body("nextStep", equalTo("Time a CPU-heavy loop next to a timer and see what the timer does."))
                .body("criteria.find { it.title == 'Runs callbacks when stack empty' }.verdict", equalTo("met"));
        assertCarriesNoAnswerKey(r.asString());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void theReviewersViewStaysTheDefaultAndAnotherClientCannotReadTheFeedback() {
        Response r = grade(Map.of("questionId", QUESTION, "answer", ANSWER, "grader", "offline"), null);
        r.then().statusCode(201).body("criteria[0].rationale", notNullValue());
        String other = keys.create("other-platform-" + UUID.randomUUID(), Roles.CLIENT, "test").key();

        given().header("X-API-Key", other).get("/api/evaluations/" + r.path("id") + "/feedback").then()
                .statusCode(404).contentType("application/problem+json");
        given().header("X-API-Key", client).get("/api/evaluations/not-a-uuid/feedback").then().statusCode(404);
        given().header("X-API-Key", client).contentType(ContentType.JSON)
                .body(Map.of("questionId", QUESTION, "answer", ANSWER)).post("/api/evaluations?view=secret")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private void assertCarriesNoAnswerKey(String body) {
        GradingContext context = contexts.target(QUESTION).context();
        assertThat(body).doesNotContain(context.modelAnswer().substring(0, Math.min(60, context.modelAnswer().length())))
                .doesNotContain("\"rationale\"").doesNotContain("\"weight\"").doesNotContain("\"evidence\"")
                .doesNotContain("\"description\"").doesNotContain("\"examples\"");
        for (Criterion c : context.rubric().criteria()) {
            assertThat(body).doesNotContain(c.description());
            c.examples().forEach(example -> assertThat(body).doesNotContain(example));
        }
    }

    private Response grade(Map<String, Object> request, String view) {
        var spec = given().header("X-API-Key", client).contentType(ContentType.JSON).body(request);
        return view == null ? spec.post("/api/evaluations") : spec.queryParam("view", view).post("/api/evaluations");
    }

    private static String recorded(String name) {
        try (InputStream in = LearnerFeedbackApiTest.class.getResourceAsStream("/evaluation/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
