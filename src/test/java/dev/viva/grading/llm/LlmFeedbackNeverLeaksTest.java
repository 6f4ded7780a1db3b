package dev.viva.grading.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.viva.evaluation.GradingContext;
import dev.viva.evaluation.GradingContexts;
import dev.viva.grading.FeedbackLeakCheck;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.GradingInput;
import dev.viva.llm.WireMockLlmServer;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.model.Criterion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model that hands the learner the answer key (the reference answer and a criterion's description,
 * word for word) on every seed question: its feedback is sent back once, and what still leaks never
 * reaches the learner, while the rest of the feedback does.
 */
@QuarkusTest
@WithTestResource(WireMockLlmServer.class)
class LlmFeedbackNeverLeaksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @WireMockLlmServer.InjectWireMock
    WireMockServer wireMock;

    @Inject
    LlmGrader grader;

    @Inject
    QuestionRepository questions;

    @Inject
    GradingContexts contexts;

    @Test
    void feedbackQuotingTheModelAnswerOrACriterionIsNeverPassedOnForAnySeedQuestion() throws Exception {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> questions.listAll().stream()
                .filter(q -> q.duplicateOf == null && q.ownerRef == null && q.bank.equals("interview")).map(q -> q.id).toList());
        List<String> leaks = new ArrayList<>();
        for (String id : ids) {
            wireMock.resetAll();
            CircuitBreakerMaintenance.get().resetAll();
            GradingContext context = contexts.target(id).context();
            wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(leakyReply(context))));

            GraderOutput output = grader.grade(new GradingInput(id, context.questionText(), context.modelAnswer(),
                    context.rubric(), "An answer that covers little."));

            assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))))
                    .as("the leaking feedback of %s is sent back once", id).hasSize(2);
            if (FeedbackLeakCheck.against(context.modelAnswer(), context.rubric()).leaks(output.feedback())) {
                leaks.add(id + ": " + output.feedback());
            }
            assertThat(output.feedback().strengths()).contains("You name the topic.");
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
        assertThat(leaks).isEmpty();
    }

    /** A grading whose feedback copies the reference answer and the first criterion's description. */
    private static String leakyReply(GradingContext context) throws Exception {
        ObjectNode grading = JSON.createObjectNode();
        ArrayNode criteria = grading.putArray("criteria");
        for (Criterion c : context.rubric().criteria()) {
            criteria.addObject().put("criterionId", c.id()).put("verdict", "not_met").put("rationale", "Not stated.")
                    .putArray("evidence");
        }
        String reference = String.join(" ", Arrays.asList(context.modelAnswer().split("\\s+")).subList(0,
                Math.min(20, context.modelAnswer().split("\\s+").length)));
        ObjectNode feedback = grading.putObject("feedback");
        feedback.putArray("strengths").add("You name the topic.");
        feedback.putArray("missing").add(context.rubric().criteria().getFirst().description());
        feedback.put("nextStep", "The answer is: " + reference + ". Then explain it in your own words.");
        ObjectNode completion = JSON.createObjectNode();
        completion.put("id", "chatcmpl-leaky").put("object", "chat.completion").put("created", 1747000000)
                .put("model", "gpt-4o-mini");
        ObjectNode choice = completion.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", grading.toString());
        completion.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 200).put("total_tokens", 1100);
        return completion.toString();
    }
}
