package dev.viva.calibration.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.viva.calibration.run.CalibrationItem;
import dev.viva.calibration.run.CalibrationItemRepository;
import dev.viva.grading.llm.AsTheModelSeesIt;
import dev.viva.llm.WireMockLlmServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calibration runs that use the LLM, played by WireMock speaking the OpenAI chat-completions protocol:
 * grader=llm grades every labelled answer with the grading prompt, rubrics=llm has the rubric writer draft
 * each question's rubric, and a model server that fails never turns into made-up scores.
 *
 * <p>The file {@code calibration/llm-labelled.jsonl} has two questions whose reference answers are one
 * sentence each, so the offline builder gives each question exactly one criterion, {@code claim-1}; the
 * stubbed gradings refer to that id. The grader's and the rubric writer's calls are told apart by a phrase
 * of their system prompts, and good and weak answers by a phrase of the answer.
 */
@QuarkusTest
@TestSecurity(user = "rosa", roles = "reviewer")
// A generous per-call time-out: on a loaded machine the app's first model call can take over the resource's
// 1 s, and its retry would be a second call where these tests count exactly one. No stub here is slow.
@WithTestResource(value = WireMockLlmServer.class, initArgs = @ResourceArg(name = "timeout", value = "10s"))
class CalibrationWithLlmApiTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String COMPLETIONS = "/v1/chat/completions";
    /** From prompts/grade-answer.system.md. */
    private static final String GRADER_PROMPT = "You are an examiner who grades a candidate";
    /** From prompts/write-rubric.system.md. */
    private static final String RUBRIC_WRITER_PROMPT = "who writes grading rubrics for technical interview questions";
    /** Both good answers of the file say it; the weak ones do not. */
    private static final String GOOD_ANSWER_PHRASE = "first out, so";
    private static final List<String> ANSWERS = List.of(
            "A stack is last in first out, so the last element pushed is the first one popped.",
            "A stack keeps elements in a list.",
            "A queue is first in first out, so elements leave in the order they arrived.",
            "A queue sorts the numbers.");

    @WireMockLlmServer.InjectWireMock
    WireMockServer wireMock;

    @Inject
    CalibrationItemRepository items;

    @Inject
    ObjectMapper json;

    @Inject
    CalibrationTestData testData;

    @BeforeEach
    void resetLlm() {
        wireMock.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @AfterEach
    void removeCalibrationData() {
        testData.removeAll();
    }

    @Test
    void llmGraderGradesEveryLabelledAnswerWithTheGradingPromptAndTheRunNamesItInItsProvenance() throws Exception {
        stubGrading();

        String id = start("grader", "llm", "calibration-llm-grader");
        JsonPath run = awaitEnd(id);

        assertThat(run.getString("status")).as(run.getString("error")).isEqualTo("completed");
        assertThat(run.getString("grader")).isEqualTo("llm");
        assertThat(run.getInt("progress.done")).isEqualTo(4);
        assertThat(run.getInt("progress.failed")).isZero();

        List<LoggedRequest> calls = wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(calls).as("one grading call per labelled answer, no repairs").hasSize(4);
        for (LoggedRequest call : calls) {
            JsonNode messages = json.readTree(call.getBodyAsString()).path("messages");
            assertThat(messages.get(0).path("content").asText()).isEqualTo(promptFile("grade-answer.system.md"));
            assertThat(messages.get(1).path("content").asText()).startsWith("Grade the candidate's answer against the rubric.")
                    .contains("claim-1");
        }
        assertThat(calls.stream().map(c -> AsTheModelSeesIt.fencedAnswer(userMessage(c))).toList())
                .as("each answer sent once, between two fence lines")
                .containsExactlyInAnyOrderElementsOf(ANSWERS);

        assertThat(run.getString("provenance.grader")).isEqualTo("llm");
        assertThat(run.getString("provenance.model")).isEqualTo("gpt-4o-mini");
        assertThat(run.getMap("provenance.prompts")).containsOnlyKeys("grade-answer.system.md", "grade-answer.user.md");
        assertThat(run.getMap("provenance.rubricVersions")).containsOnlyKeys("calibration-llm-grader.stack",
                "calibration-llm-grader.queue");
        given().when().get("/api/questions/{id}/rubric", "calibration-llm-grader.stack").then().statusCode(200)
                .body("criteria.id", equalTo(List.of("claim-1")));

        // The offline grader's second opinion gives each good answer partial (50): the LLM's met, 50 points
        // above it, is lowered to that until a reviewer looks. A calibration reports what would be stored.
        assertThat(vivaScores(id)).containsExactly(50.0, 0.0, 50.0, 0.0);
        assertThat(run.getInt("results.reportedOn")).isEqualTo(4);
        assertThat(run.getInt("results.overall.n")).isEqualTo(4);
        assertThat(run.getDouble("results.overall.pearson")).isGreaterThan(0.9);
        assertThat(run.getObject("results.overall.qwk", Double.class)).isNotNull();
    }

    @Test
    void llmRubricWriterDraftsTheRubricOfEachDatasetQuestionOnceAndTheRunGradesWithIt() throws Exception {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).atPriority(1)
                .withRequestBody(containing(RUBRIC_WRITER_PROMPT)).withRequestBody(containing("What is a stack?"))
                .willReturn(okJson(recorded("rubric-stack.json"))));
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).atPriority(1)
                .withRequestBody(containing(RUBRIC_WRITER_PROMPT)).withRequestBody(containing("What is a queue?"))
                .willReturn(okJson(recorded("rubric-queue.json"))));

        String id = start("rubrics", "llm", "calibration-llm-rubrics");
        JsonPath run = awaitEnd(id);

        assertThat(run.getString("status")).as(run.getString("error")).isEqualTo("completed");
        assertThat(run.getString("rubrics")).isEqualTo("llm");
        assertThat(run.getString("grader")).isEqualTo("offline");
        List<LoggedRequest> calls = wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(calls).as("one rubric-writer call per dataset question, no grading calls").hasSize(2)
                .allSatisfy(c -> assertThat(systemMessage(c)).isEqualTo(promptFile("write-rubric.system.md")));
        assertThat(calls.stream().map(CalibrationWithLlmApiTest::userMessage).toList())
                .anySatisfy(u -> assertThat(u).contains("What is a stack?", "A stack is a last-in first-out data structure."))
                .anySatisfy(u -> assertThat(u).contains("What is a queue?", "A queue is a first-in first-out data structure."));

        given().when().get("/api/questions/{id}/rubric", "calibration-llm-rubrics.stack").then().statusCode(200)
                .body("origin", equalTo("llm")).body("criteria.id", equalTo(List.of("lifo-order", "push-and-pop")));
        given().when().get("/api/questions/{id}/rubric", "calibration-llm-rubrics.queue").then().statusCode(200)
                .body("origin", equalTo("llm"))
                .body("criteria.id", equalTo(List.of("fifo-order", "enqueue-rear-dequeue-front")));
        assertThat(run.getString("provenance.rubricOrigin")).contains("LLM rubric writer");
        assertThat(run.getMap("provenance.rubricVersions")).containsOnlyKeys("calibration-llm-rubrics.stack",
                "calibration-llm-rubrics.queue");
        assertThat(run.getInt("results.overall.n")).isEqualTo(4);
    }

    @Test
    void modelServerThatAlwaysFailsEndsTheRunFailedWithEveryAnswerCountedAsFailedAndNoScore() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(serverError()));

        String id = start("grader", "llm", "calibration-llm-down");
        JsonPath run = awaitEnd(id);

        assertThat(run.getString("status")).isEqualTo("failed");
        assertThat(run.getString("error")).isEqualTo("no answer could be graded (4 failed)");
        assertThat(run.getInt("progress.done")).isEqualTo(4);
        assertThat(run.getInt("progress.failed")).isEqualTo(4);
        assertThat(run.getObject("results", Object.class)).isNull();
        assertThat(itemsOf(id)).allSatisfy(item -> {
            assertThat(item.vivaScore).isNull();
            assertThat(item.mappedScore).isNull();
            assertThat(item.error).contains("unavailable");
        });
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))))
                .as("each of the 4 answers is tried 3 times (2 retries), fewer than the breaker's window of 20")
                .hasSize(12);
    }

    @Test
    void answerTheModelServerFailsOnIsCountedAsFailedAndLeftOutOfTheFigures() {
        stubGrading();
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).atPriority(1).withRequestBody(containing(GRADER_PROMPT))
                .withRequestBody(containing(AsTheModelSeesIt.marked("A queue sorts the numbers."))).willReturn(serverError()));

        String id = start("grader", "llm", "calibration-llm-partial");
        JsonPath run = awaitEnd(id);

        assertThat(run.getString("status")).as(run.getString("error")).isEqualTo("completed");
        assertThat(run.getInt("progress.done")).isEqualTo(4);
        assertThat(run.getInt("progress.failed")).isEqualTo(1);
        assertThat(run.getInt("results.reportedOn")).isEqualTo(3);
        assertThat(run.getInt("results.overall.n")).isEqualTo(3);
        CalibrationItem failed = itemsOf(id).stream().filter(i -> i.answer.equals("A queue sorts the numbers."))
                .findFirst().orElseThrow();
        assertThat(failed.vivaScore).as("never a made-up score").isNull();
        assertThat(failed.mappedScore).isNull();
        assertThat(failed.error).contains("HTTP 500");
        assertThat(vivaScores(id)).containsExactly(50.0, 0.0, 50.0, null);
    }

    @Test
    void rubricWriterThatCannotBeReachedEndsTheRunFailedNamingTheQuestionAndNothingIsGraded() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(serverError()));

        String id = start("rubrics", "llm", "calibration-llm-writer-down");
        JsonPath run = awaitEnd(id);

        assertThat(run.getString("status")).isEqualTo("failed");
        assertThat(run.getString("error")).startsWith(
                "the LLM rubric writer could not draft the rubric of 'calibration-llm-writer-down.stack' (LLM unavailable)");
        assertThat(run.getInt("progress.done")).isZero();
        assertThat(vivaScores(id)).containsOnlyNulls();
        given().when().get("/api/questions/{id}/rubric", "calibration-llm-writer-down.stack").then().statusCode(404);
    }

    /** Good answers are graded met on claim-1, the others not met. */
    private void stubGrading() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).atPriority(2)
                .withRequestBody(containing(GRADER_PROMPT)).withRequestBody(containing(AsTheModelSeesIt.marked(GOOD_ANSWER_PHRASE)))
                .willReturn(okJson(recorded("grading-claim-1-met.json"))));
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).atPriority(3)
                .withRequestBody(containing(GRADER_PROMPT))
                .willReturn(okJson(recorded("grading-claim-1-not-met.json"))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder serverError() {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody(resource("/llm/server-error.json"));
    }

    private static String start(String option, String value, String bank) {
        return given().contentType(NDJSON).body(resource("/calibration/llm-labelled.jsonl"))
                .queryParam(option, value).queryParam("bank", bank)
                .when().post("/api/calibrations")
                .then().statusCode(202).body("progress.total", equalTo(4)).extract().path("id");
    }

    private List<CalibrationItem> itemsOf(String runId) {
        return QuarkusTransaction.requiringNew().call(() -> items.ofRun(UUID.fromString(runId)));
    }

    private List<Double> vivaScores(String runId) {
        return itemsOf(runId).stream().map(i -> i.vivaScore).toList();
    }

    private static JsonPath awaitEnd(String id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath run = given().when().get("/api/calibrations/" + id).then().statusCode(200)
                    .body("progress.total", notNullValue()).extract().jsonPath();
            String status = run.getString("status");
            if (!status.equals("queued") && !status.equals("running")) {
                return run;
            }
            assertThat(System.currentTimeMillis()).as("run still %s after 60 s", status).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String systemMessage(LoggedRequest request) {
        return message(request, 0);
    }

    private static String userMessage(LoggedRequest request) {
        return message(request, 1);
    }

    private static String message(LoggedRequest request, int index) {
        try {
            return new ObjectMapper().readTree(request.getBodyAsString()).path("messages").get(index).path("content")
                    .asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recorded(String name) {
        return new String(resource("/calibration/llm/" + name), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CalibrationWithLlmApiTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String promptFile(String name) {
        try {
            return Files.readString(Path.of("prompts", name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
