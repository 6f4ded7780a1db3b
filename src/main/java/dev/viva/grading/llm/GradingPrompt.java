package dev.viva.grading.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.grading.GradingInput;
import dev.viva.rubric.model.Criterion;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The data that fills the grading prompt: the rubric criteria as JSON and the answer fenced by a
 * delimiter line that is random for every call, so an answer cannot close the fence itself.
 */
public record GradingPrompt(String questionText, String modelAnswer, String criteria, String fence, String answer) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A criterion as the model sees it: no weight (the model never scores) and no learner hint. */
    record PromptCriterion(String id, String kind, String description, List<String> examples) {
    }

    static GradingPrompt of(GradingInput input, ObjectMapper json) {
        List<PromptCriterion> criteria = input.rubric().criteria().stream().map(GradingPrompt::forPrompt).toList();
        try {
            return new GradingPrompt(orNone(input.questionText()), orNone(input.modelAnswer()),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(criteria), newFence(),
                    input.answer() == null ? "" : input.answer());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write rubric " + input.rubric().questionId() + " as JSON", e);
        }
    }

    static String newFence() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "ANSWER-" + HexFormat.of().formatHex(bytes);
    }

    private static PromptCriterion forPrompt(Criterion c) {
        return new PromptCriterion(c.id(), c.kind().name().toLowerCase(java.util.Locale.ROOT), c.description(),
                c.examples());
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "(none)" : text;
    }
}
