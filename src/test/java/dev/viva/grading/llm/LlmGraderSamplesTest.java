package dev.viva.grading.llm;

import dev.viva.llm.WireMockLlmServer;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.viva.grading.llm.GradingExamples.INPUT;
import static dev.viva.grading.llm.GradingExamples.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.Flag;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.Verdict;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = WireMockLlmServer.class, initArgs = {
        @ResourceArg(name = "samples", value = "3"), @ResourceArg(name = "min-confidence", value = "0.9")})
class LlmGraderSamplesTest {

    private static final String COMPLETIONS = "/v1/chat/completions";

    @WireMockLlmServer.InjectWireMock
    WireMockServer wireMock;

    @Inject
    LlmGrader grader;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void takesTheMajorityVerdictOfThreeSamplesAndLowersConfidenceForADissent() {
        String[] replies = {"grading-event-loop.json", "grading-event-loop-dissent.json", "grading-event-loop.json"};
        for (int i = 0; i < replies.length; i++) {
            wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("samples")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "sample-" + i)
                    .willReturn(okJson(recorded(replies[i]))).willSetStateTo("sample-" + (i + 1)));
        }

        GraderOutput output = grader.grade(INPUT);

        wireMock.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));
        CriterionVerdict syncFirst = output.verdicts().getFirst();
        assertThat(syncFirst.verdict()).isEqualTo(Verdict.MET);
        assertThat(syncFirst.evidence()).as("evidence of a sample in the majority")
                .containsExactly("Start and End are printed first because they are synchronous");
        // (2/3 + 1 + 1) / 3 criteria
        assertThat(output.confidence()).isCloseTo(8.0 / 9, within(1e-9));
        assertThat(output.flags()).containsExactly(Flag.LOW_CONFIDENCE);
        assertThat(output.settings()).containsEntry("samples", 3);
        assertThat(output.usage()).isEqualTo(new GraderOutput.Usage(3 * 812, 164 + 150 + 164));
    }
}
