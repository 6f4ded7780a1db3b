package dev.viva.grading.llm;

import dev.langchain4j.model.output.structured.Description;
import java.util.List;

/** What the model returns for one grading: a verdict per rubric criterion and learner feedback, never a total. */
public record LlmGrading(
        @Description("exactly one entry per rubric criterion, in rubric order") List<LlmCriterionVerdict> criteria,
        LlmFeedback feedback) {

    /** The model's judgement on one criterion, as it came back (checked by {@link GradingValidator}). */
    public record LlmCriterionVerdict(
            @Description("the criterion id, copied exactly") String criterionId,
            @Description("one of: met, partial, not_met") String verdict,
            @Description("verbatim quotes from the candidate's answer") List<String> evidence,
            String rationale) {
    }

    /** Feedback for the learner that names what is missing without handing over the model answer. */
    public record LlmFeedback(List<String> strengths, List<String> missing, String nextStep) {
    }
}
