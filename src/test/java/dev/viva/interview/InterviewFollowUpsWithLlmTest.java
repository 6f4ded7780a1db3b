package dev.viva.interview;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.viva.llm.WireMockLlmServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.WithTestResource;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With an LLM configured (WireMock plays it), the model writes the follow-up from the missed criterion and the
 * fenced answer; a reply that gives the point away is repaired once, and then the template's follow-up is asked.
 * The interview asks for the offline grader, so that the model is asked for follow-ups only (and the test shares
 * the WireMock application of the other LLM tests).
 */
@QuarkusTest
@WithTestResource(WireMockLlmServer.class)
class InterviewFollowUpsWithLlmTest {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final Pattern FENCE = Pattern.compile("ANSWER-[0-9a-f]{16}");

    @WireMockLlmServer.InjectWireMock
    WireMockServer wireMock;

    @Inject
    InterviewFixtures fixtures;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void resetLlm() {
        wireMock.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @AfterEach
    void clean() {
        fixtures.removeAll();
    }

    private JsonPath weakAnswerToStreams(InterviewFixtures.Session lea) {
        String id = InterviewApiTest.start(lea, Map.of("questionIds", List.of("streams"), "grader", "offline"))
                .getString("id");
        return InterviewApiTest.answer(lea, id, InterviewApiTest.STREAMS_WEAK);
    }

    @Test
    void theModelWritesTheFollowUpFromTheCriterionAndTheFencedAnswerWithTheExactPrompt() throws IOException {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("follow-up.json"))));
        var lea = fixtures.learner("lea");

        JsonPath r = weakAnswerToStreams(lea);

        assertThat(r.getString("next.followUp.criterionId")).isEqualTo("chunked-processing");
        assertThat(r.getString("next.followUp.text")).isEqualTo("Say you read a 10 GB log file with fs.createReadStream:"
                + " how much of it is in memory at any moment, and why?");
        assertThat(wireMock.getAllServeEvents()).hasSize(1);
        JsonNode messages = json.readTree(wireMock.getAllServeEvents().getFirst().getRequest().getBodyAsString())
                .path("messages");
        assertThat(messages.get(0).path("content").asText()).isEqualTo(promptFile("write-follow-up.system.md"));
        String user = messages.get(1).path("content").asText();
        Matcher fence = FENCE.matcher(user);
        assertThat(fence.find()).isTrue();
        assertThat(user).isEqualTo(promptFile("write-follow-up.user.md")
                .replace("{topic}", "Streams & buffers")
                .replace("{questionText}", "Streams")
                .replace("{criterion}", "States that streams handle data piece by piece, in chunks, instead of loading"
                        + " all of it into memory at once.")
                .replace("{hint}", "How much of a 10 GB file needs to be in memory at one time?")
                .replace("{fence}", fence.group())
                .replace("{answer}", InterviewApiTest.STREAMS_WEAK));
        assertThat(user).as("never the model answer").doesNotContain("piece by piece** instead of loading");
    }

    @Test
    void aFollowUpThatGivesThePointAwayIsRepairedOnce() throws IOException {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("repair").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(recorded("follow-up-gives-the-point-away.json"))).willSetStateTo("repaired"));
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("repair").whenScenarioStateIs("repaired")
                .willReturn(okJson(recorded("follow-up.json"))));
        var lea = fixtures.learner("lea");

        JsonPath r = weakAnswerToStreams(lea);

        assertThat(r.getString("next.followUp.text")).startsWith("Say you read a 10 GB log file");
        assertThat(wireMock.getAllServeEvents()).hasSize(2);
        String repair = json.readTree(wireMock.getAllServeEvents().getFirst().getRequest().getBodyAsString())
                .path("messages").get(1).path("content").asText();
        assertThat(repair).startsWith("Your previous follow-up question could not be used: it repeats the wording of"
                + " the point or of the reference answer (six or more words in a row)");
    }

    @Test
    void aModelThatKeepsGivingThePointAwayLeavesTheTemplatesFollowUp() throws IOException {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("follow-up-gives-the-point-away.json"))));
        var lea = fixtures.learner("lea");

        JsonPath r = weakAnswerToStreams(lea);

        assertThat(wireMock.getAllServeEvents()).hasSize(2);
        assertThat(r.getString("next.followUp.text"))
                .isEqualTo("Let us come back to one point of your answer. How much of a 10 GB file needs to be in memory at one time?");
    }

    private static String recorded(String name) throws IOException {
        try (var in = InterviewFollowUpsWithLlmTest.class.getResourceAsStream("/interview/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String promptFile(String name) throws IOException {
        return Files.readString(Path.of("prompts", name));
    }
}
