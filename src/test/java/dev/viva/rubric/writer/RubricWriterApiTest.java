package dev.viva.rubric.writer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.viva.llm.WireMockLlmServer;
import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.question.draft.ModelAnswerDraftRepository;
import dev.viva.rubric.RubricVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import dev.viva.llm.LlmCallPolicy;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafting rubrics and model answers with the LLM, played by WireMock, against the seed bank in PostgreSQL. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
@WithTestResource(WireMockLlmServer.class)
class RubricWriterApiTest {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String QUESTION = "event-loop-action";
    private static final String NO_ANSWER = "writer-test-no-model-answer";

    @WireMockLlmServer.InjectWireMock
    WireMockServer wireMock;
    @Inject
    RubricVersionRepository versions;
    @Inject
    QuestionRepository questions;
    @Inject
    ModelAnswerDraftRepository drafts;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void resetLlm() {
        wireMock.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @AfterEach
    void removeWhatTheTestCreated() {
        QuarkusTransaction.requiringNew().run(() -> {
            versions.delete("questionId = ?1 and origin <> 'file'", QUESTION);
            dev.viva.support.Caches.emptyAll(); // bulk deletes bypass the entity listeners
            drafts.delete("questionId like 'writer-test-%'");
            questions.delete("id like 'writer-test-%'");
        });
    }

    @Test
    void draftsAtomicCriteriaWithMisconceptionsAsPenaltiesAndAnAuditOfTheModelAnswer() throws Exception {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("rubric-event-loop-action.json"))));

        given().post("/api/questions/{id}/rubric/drafts", QUESTION)
                .then().statusCode(201)
                .header("Location", containsString("/api/questions/" + QUESTION + "/rubric/versions/"))
                .body("origin", equalTo("llm"))
                .body("status", equalTo("draft"))
                .body("active", equalTo(false))
                .body("createdBy", equalTo("gpt-4o-mini"))
                .body("criteria", hasSize(5))
                .body("criteria.kind", hasItem("penalty"))
                .body("criteria.find { it.id == 'claims-fixed-order' }.kind", equalTo("penalty"))
                .body("audit", hasSize(1))
                .body("audit[0].claim", containsString("Start, End, Next Tick, Immediate, Timeout"));

        given().get("/api/questions/{id}/rubric", QUESTION).then().statusCode(200).body("origin", equalTo("file"));
        JsonNode request = json.readTree(wireMock.getAllServeEvents().getFirst().getRequest().getBodyAsString());
        JsonNode messages = request.path("messages");
        assertThat(messages.get(0).path("content").asText()).isEqualTo(promptFile("write-rubric.system.md"));
        String user = messages.get(1).path("content").asText();
        Question q = QuarkusTransaction.requiringNew().call(() -> questions.findById(QUESTION));
        assertThat(user).contains("Question:\n" + q.text).contains(q.modelAnswer).contains("Topic:\n" + q.topic);
    }

    @Test
    void aReplyThatIsNotJsonTwiceIsA502AndNothingIsStored() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("rubric-not-json.json"))));
        long before = versionCount();

        given().post("/api/questions/{id}/rubric/drafts", QUESTION)
                .then().statusCode(502).contentType("application/problem+json")
                .body("title", equalTo("Invalid LLM output"))
                .body("detail", containsString("Nothing was stored"));

        wireMock.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(versionCount()).isEqualTo(before);
    }

    @Test
    void aModelServerThatKeepsFailingIsA503AfterItsRetriesAndThenTheBreakerStopsCallingIt() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));
        long before = versionCount();

        given().post("/api/questions/{id}/rubric/drafts", QUESTION)
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("LLM unavailable"))
                .body("detail", containsString("Nothing was stored"));
        wireMock.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));

        for (int request = 2; request <= 10 && circuit() != CircuitBreakerState.OPEN; request++) {
            given().post("/api/questions/{id}/rubric/drafts", QUESTION).then().statusCode(503);
        }
        int callsWhenOpened = wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))).size();
        assertThat(callsWhenOpened).as("the one breaker of every model call opens once its window of 20 calls"
                + " holds at least half failures").isEqualTo(20);

        given().post("/api/questions/{id}/rubric/drafts", QUESTION)
                .then().statusCode(503).body("title", equalTo("LLM unavailable"));
        wireMock.verify(callsWhenOpened, postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(versionCount()).isEqualTo(before);
    }

    @Test
    void duplicateCriterionIdsAreSentBackForOneRepairThenReportedAsA502() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("rubric-duplicate-ids.json"))));
        long before = versionCount();

        given().post("/api/questions/{id}/rubric/drafts", QUESTION)
                .then().statusCode(502).contentType("application/problem+json")
                .body("problems", hasItem("criteria[1] (sync-code-first).id is used twice"));

        wireMock.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
        String repair = wireMock.getAllServeEvents().stream().map(e -> e.getRequest().getBodyAsString())
                .filter(b -> b.contains("could not be used")).findFirst().orElseThrow();
        assertThat(repair).contains("is used twice");
        assertThat(versionCount()).isEqualTo(before);
    }

    @Test
    void aRubricWithoutARequiredCriterionIsRepairedByTheSecondReply() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("repair").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(recorded("rubric-no-required.json"))).willSetStateTo("repaired"));
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("repair").whenScenarioStateIs("repaired")
                .willReturn(okJson(recorded("rubric-event-loop-action.json"))));

        given().post("/api/questions/{id}/rubric/drafts", QUESTION)
                .then().statusCode(201).body("origin", equalTo("llm")).body("criteria.kind", hasItem("required"));

        wireMock.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
        String repair = wireMock.getAllServeEvents().stream().map(e -> e.getRequest().getBodyAsString())
                .filter(b -> b.contains("could not be used")).findFirst().orElseThrow();
        assertThat(repair).contains("needs at least one required criterion");
    }

    @Test
    void theOfflineBuilderCanBeAskedForEvenWhenAnLlmIsConfigured() {
        given().queryParam("builder", "offline").post("/api/questions/{id}/rubric/drafts", QUESTION)
                .then().statusCode(201).body("origin", equalTo("offline")).body("status", equalTo("draft"));

        wireMock.verify(0, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aDraftedModelAnswerIsNotUsedUntilApprovedThenBecomesTheQuestionsModelAnswer() {
        insertQuestionWithoutModelAnswer();
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("model-answer.json"))));

        int draftId = given().post("/api/questions/{id}/model-answer/drafts", NO_ANSWER)
                .then().statusCode(201).body("status", equalTo("draft")).body("model", equalTo("gpt-4o-mini"))
                .body("text", containsString("fixed-size chunk of raw binary memory"))
                .extract().path("id");

        given().get("/api/questions/{id}", NO_ANSWER).then().statusCode(200).body("modelAnswer", nullValue());
        given().post("/api/questions/{id}/rubric/drafts", NO_ANSWER)
                .then().statusCode(422).body("title", equalTo("No model answer"));
        given().get("/api/questions/{id}/model-answer/drafts", NO_ANSWER).then().statusCode(200).body("", hasSize(1));

        given().queryParam("reviewer", "maria")
                .post("/api/questions/{id}/model-answer/drafts/{d}/approve", NO_ANSWER, draftId)
                .then().statusCode(200).body("status", equalTo("approved")).body("approvedBy", equalTo("maria"));

        Question q = QuarkusTransaction.requiringNew().call(() -> questions.findById(NO_ANSWER));
        assertThat(q.modelAnswer).contains("fixed-size chunk of raw binary memory");
        assertThat(q.modelAnswerOrigin).isEqualTo(ModelAnswerOrigin.REVIEWER_APPROVED);
        assertThat(q.modelAnswerAuthor).isEqualTo("maria");
        given().post("/api/questions/{id}/model-answer/drafts", NO_ANSWER).then().statusCode(409);
    }

    @Test
    void aModelAnswerTooShortTwiceIsA502AndNoDraftIsStored() {
        insertQuestionWithoutModelAnswer();
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("model-answer-too-short.json"))));

        given().post("/api/questions/{id}/model-answer/drafts", NO_ANSWER)
                .then().statusCode(502).contentType("application/problem+json");

        wireMock.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
        given().get("/api/questions/{id}/model-answer/drafts", NO_ANSWER).then().statusCode(200).body("", hasSize(0));
    }

    private static CircuitBreakerState circuit() {
        return CircuitBreakerMaintenance.get().currentState(LlmCallPolicy.CIRCUIT);
    }

    private long versionCount() {
        return QuarkusTransaction.requiringNew().call(() -> versions.count("questionId", QUESTION));
    }

    private void insertQuestionWithoutModelAnswer() {
        QuarkusTransaction.requiringNew().run(() -> {
            Question q = new Question();
            q.id = NO_ANSWER;
            q.bank = "interview";
            q.text = "What is a Buffer in Node.js?";
            q.topic = "Buffers";
            q.sourceDocument = "test";
            q.sourceLocation = "test";
            q.modelAnswerOrigin = ModelAnswerOrigin.NONE;
            q.createdAt = OffsetDateTime.now();
            q.updatedAt = q.createdAt;
            questions.persist(q);
        });
    }

    static String recorded(String name) {
        try (InputStream in = RubricWriterApiTest.class.getResourceAsStream("/rubric-writer/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String promptFile(String name) throws IOException {
        return Files.readString(Path.of("prompts", name));
    }
}
