package dev.viva.grading.llm;

import dev.viva.llm.PromptFiles;
import dev.viva.llm.WireMockLlmServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.viva.grading.llm.GradingExamples.ANSWER;
import static dev.viva.grading.llm.GradingExamples.INPUT;
import static dev.viva.grading.llm.GradingExamples.promptFile;
import static dev.viva.grading.llm.GradingExamples.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.Flag;
import dev.viva.grading.GraderKind;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.GradingFailedException;
import dev.viva.grading.Verdict;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockLlmServer.class)
class LlmGraderTest {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final Pattern FENCE_LINE = Pattern.compile("(?m)^ANSWER-[0-9a-f]{16}$");

    @WireMockLlmServer.InjectWireMock
    WireMockServer wireMock;

    @Inject
    LlmGrader grader;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void resetServerAndCircuit() {
        wireMock.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void gradesEveryCriterionInOneCallAndRecordsModelSettingsPromptHashesAndTokens() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("grading-event-loop.json"))));

        GraderOutput output = grader.grade(INPUT);

        assertThat(grader.kind()).isEqualTo(GraderKind.LLM);
        assertThat(grader.available()).isTrue();
        assertThat(output.verdicts()).extracting(CriterionVerdict::criterionId, CriterionVerdict::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sync-code-first", Verdict.MET),
                        org.assertj.core.groups.Tuple.tuple("timers-vs-immediate-not-fixed", Verdict.PARTIAL),
                        org.assertj.core.groups.Tuple.tuple("claims-fixed-order", Verdict.NOT_MET));
        assertThat(output.verdicts().getFirst().evidence())
                .containsExactly("Start and End are printed first because they are synchronous");
        assertThat(output.feedback().nextStep()).startsWith("Run the example several times");
        assertThat(output.usage()).isEqualTo(new GraderOutput.Usage(812, 164));
        assertThat(output.model()).isEqualTo("gpt-4o-mini");
        assertThat(output.confidence()).isEqualTo(1.0);
        assertThat(output.flags()).isEmpty();
        assertThat(output.settings()).containsEntry("temperature", 0.0).containsEntry("samples", 1)
                .containsEntry("responseFormat", "json_schema");
        assertThat(output.prompts()).containsOnlyKeys("grade-answer.system.md", "grade-answer.user.md")
                .containsEntry("grade-answer.system.md", PromptFiles.sha256(PromptFiles.read("grade-answer.system.md")));
        wireMock.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void sendsTheSystemPromptFileTheRubricAsJsonAndTheAnswerBetweenTwoRandomFenceLines() throws Exception {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("grading-event-loop.json"))));

        grader.grade(INPUT);

        JsonNode request = onlyRequest();
        assertThat(request.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(request.path("temperature").asDouble(-1)).isEqualTo(0.0);
        assertThat(request.path("response_format").path("type").asText()).isEqualTo("json_schema");
        JsonNode messages = request.path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asText()).isEqualTo(promptFile("grade-answer.system.md"));
        assertThat(messages.get(1).path("role").asText()).isEqualTo("user");
        String user = messages.get(1).path("content").asText();

        String criteriaJson = user.substring(user.indexOf("Rubric criteria (JSON data):\n") + 29,
                user.indexOf("\n\nThe candidate's answer"));
        JsonNode criteria = json.readTree(criteriaJson);
        assertThat(criteria).hasSize(3);
        assertThat(criteria.get(0).path("id").asText()).isEqualTo("sync-code-first");
        assertThat(criteria.get(2).path("kind").asText()).isEqualTo("penalty");
        assertThat(criteria.get(0).has("weight")).as("the model never sees weights").isFalse();

        List<String> fences = FENCE_LINE.matcher(user).results().map(m -> m.group()).toList();
        assertThat(fences).hasSize(2);
        assertThat(fences.get(0)).isEqualTo(fences.get(1));
        String fenced = user.substring(user.indexOf(fences.get(0) + "\n") + fences.get(0).length() + 1,
                user.lastIndexOf("\n" + fences.get(1)));
        assertThat(fenced).isEqualTo(AsTheModelSeesIt.fencedAsSent(user));
    }

    @Test
    void marksTheAnswerAsDataByWritingEveryRunOfWhitespaceAsTheMarkerThePromptNames() throws Exception {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("grading-event-loop.json"))));

        grader.grade(INPUT);

        String user = userMessage(wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))).getFirst());
        String marker = AsTheModelSeesIt.marker(user);
        String fenced = AsTheModelSeesIt.fencedAsSent(user);
        assertThat(marker).isEqualTo("\u02C6");
        assertThat(fenced).doesNotContainPattern("\\s").startsWith("Start" + marker + "and" + marker + "End");
        assertThat(fenced.replace(marker, " ")).isEqualTo(ANSWER.strip().replaceAll("\\s+", " "));
    }

    @Test
    void feedbackThatRepeatsTheAnswerKeyIsSentBackOnceAndWhatStillLeaksIsDropped() {
        String leaking = recorded("grading-event-loop.json").replace("Run the example several times",
                "Remember the output: Start, End, Next Tick, Immediate, Timeout. Run the example several times");
        for (int i = 0; i < 2; i++) {
            wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("leak")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "call-" + i)
                    .willReturn(okJson(leaking)).willSetStateTo("call-" + (i + 1)));
        }

        GraderOutput output = grader.grade(INPUT);

        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(requests).as("one repair call asks for feedback in the model's own words").hasSize(2);
        assertThat(userMessage(requests.get(1))).contains("the feedback repeats the reference answer");
        assertThat(output.feedback().nextStep()).startsWith("Run the example several times")
                .doesNotContain("Next Tick, Immediate");
        assertThat(output.verdicts()).hasSize(3);
    }

    @Test
    void picksAMarkerTheAnswerDoesNotContain() {
        assertThat(GradingPrompt.markerFor("a \u02C6 b")).isEqualTo("\u00A6");
        assertThat(GradingPrompt.markerFor("\u02C6\u00A6\u2016")).isEqualTo("\u00A4");
    }

    @Test
    void readsMarkersInTheModelsQuotesAsSpaces() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("grading-event-loop.json")
                .replace("Start and End are printed first", "Start\u02C6and\u02C6End\u02C6are\u02C6printed\u02C6first"))));

        GraderOutput output = grader.grade(INPUT);

        assertThat(output.verdicts().getFirst().evidence())
                .containsExactly("Start and End are printed first because they are synchronous");
    }

    @Test
    void usesAFreshFenceForEveryCall() throws Exception {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("grading-event-loop.json"))));

        grader.grade(INPUT);
        grader.grade(INPUT);

        List<String> firstFences = wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))).stream()
                .map(r -> FENCE_LINE.matcher(userMessage(r)).results().findFirst().orElseThrow().group()).toList();
        assertThat(firstFences).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void repairsAReplyThatIsNotJsonWithOneMoreCall() {
        stubSequence("grading-not-json.json", "grading-event-loop.json");

        GraderOutput output = grader.grade(INPUT);

        assertThat(output.verdicts()).hasSize(3);
        // LangChain4j fails to parse before it hands back the usage, so the unparseable reply's tokens are not known.
        assertThat(output.usage()).isEqualTo(new GraderOutput.Usage(812, 164));
        assertThat(output.prompts()).containsKey("repair-grading.user.md");
        assertThat(output.settings()).containsEntry("repaired", true).containsEntry("calls", 2);
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(requests).hasSize(2);
        assertThat(userMessage(requests.get(1))).startsWith("Your previous reply to the grading below could not be used:");
    }

    @Test
    void repairsAGradingThatLeavesOutACriterion() {
        stubSequence("grading-missing-criterion.json", "grading-event-loop.json");

        GraderOutput output = grader.grade(INPUT);

        assertThat(output.verdicts()).extracting(CriterionVerdict::criterionId).contains("claims-fixed-order");
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(requests).hasSize(2);
        assertThat(userMessage(requests.get(1))).contains("criterion \"claims-fixed-order\" is missing")
                .contains("\"criterionId\":\"sync-code-first\"");
    }

    @Test
    void failsInsteadOfGradingWhenTheReplyIsMalformedTwice() {
        stubSequence("grading-not-json.json", "grading-missing-criterion.json");

        assertThatThrownBy(() -> grader.grade(INPUT)).isInstanceOf(GradingFailedException.class)
                .hasMessageContaining("malformed twice");
        wireMock.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void returnsQuotesAsTheModelGaveThemEvenWhenTheyAreNotInTheAnswer() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("grading-unfaithful-quotes.json"))));

        GraderOutput output = grader.grade(INPUT);

        assertThat(output.verdicts().get(0).evidence()).containsExactly(
                "Start and End are printed first because they are synchronous",
                "process.nextTick callbacks run before promise callbacks");
        assertThat(output.verdicts().get(1).evidence())
                .containsExactly("the order of setTimeout and setImmediate is random in the main module");
        assertThat(output.flags()).doesNotContain(Flag.EVIDENCE_UNVERIFIED);
    }

    @Test
    void waitsAsLongAsRetryAfterSaysWhenRateLimited() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json").withBody(recorded("rate-limited.json")))
                .willSetStateTo("open"));
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("rate").whenScenarioStateIs("open")
                .willReturn(okJson(recorded("grading-event-loop.json"))));

        long start = System.nanoTime();
        GraderOutput output = grader.grade(INPUT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(output.verdicts()).hasSize(3);
        assertThat(took).as("waited for Retry-After, not the 50 ms back-off")
                .isBetween(Duration.ofMillis(950), Duration.ofMillis(2500));
        wireMock.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void givesUpAfterBoundedRetriesOnServerErrorsAndThenOpensTheCircuit() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody(recorded("server-error.json"))));

        assertThatThrownBy(() -> grader.grade(INPUT)).isInstanceOfSatisfying(GradingFailedException.class,
                e -> assertThat(e.retryable()).isTrue());
        wireMock.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));

        for (int grading = 2; grading <= 10 && circuit() != CircuitBreakerState.OPEN; grading++) {
            assertThatThrownBy(() -> grader.grade(INPUT)).isInstanceOf(GradingFailedException.class);
        }
        assertThat(circuit()).isEqualTo(CircuitBreakerState.OPEN);
        int callsWhenOpened = wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))).size();
        assertThat(callsWhenOpened).as("the breaker opens once its window of 20 calls holds at least half failures")
                .isEqualTo(20);

        assertThatThrownBy(() -> grader.grade(INPUT)).isInstanceOfSatisfying(GradingFailedException.class,
                e -> assertThat(e.retryable()).isTrue());
        wireMock.verify(callsWhenOpened, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    private static CircuitBreakerState circuit() {
        return CircuitBreakerMaintenance.get().currentState(dev.viva.llm.LlmCallPolicy.CIRCUIT);
    }

    @Test
    void doesNotRetryARequestTheServerRejects() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"bad key\"}}")));

        assertThatThrownBy(() -> grader.grade(INPUT)).isInstanceOfSatisfying(GradingFailedException.class,
                e -> assertThat(e.retryable()).isFalse());
        wireMock.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void failsWithinABoundedTimeWhenTheServerDoesNotAnswer() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(okJson(recorded("grading-event-loop.json")).withFixedDelay(3000)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> grader.grade(INPUT)).isInstanceOfSatisfying(GradingFailedException.class,
                e -> assertThat(e.retryable()).isTrue());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).as("3 attempts of 1 s plus short back-offs").isLessThan(Duration.ofSeconds(6));
        wireMock.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    private void stubSequence(String... files) {
        for (int i = 0; i < files.length; i++) {
            wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("sequence")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "call-" + i)
                    .willReturn(okJson(recorded(files[i]))).willSetStateTo("call-" + (i + 1)));
        }
    }

    private JsonNode onlyRequest() throws Exception {
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(requests).hasSize(1);
        return json.readTree(requests.getFirst().getBodyAsString());
    }

    private String userMessage(LoggedRequest request) {
        try {
            return json.readTree(new String(request.getBody(), StandardCharsets.UTF_8)).path("messages").get(1)
                    .path("content").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
