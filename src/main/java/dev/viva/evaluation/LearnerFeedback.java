package dev.viva.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.viva.grading.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a learner may see of an evaluation: the score, a band, what was strong, what is missing and a
 * next step, and each point by a short title with its verdict. Never the model answer, a criterion's
 * description, examples or weight, the evidence rules or the grader's rationale.
 */
@Schema(name = "LearnerFeedback", description = "Learner-safe feedback: never contains the answer key")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LearnerFeedback(
        @Schema(examples = "0b9f2f0c-3a55-4a7e-9a39-2f1f55d1c0aa") UUID evaluationId,
        @Schema(examples = "what-event-loop") String questionId,
        @Schema(description = "graded, needs_review (a person will look; the score may change) or ungraded (no score yet)",
                examples = "graded") EvaluationStatus status,
        @Schema(description = "0-100, the reviewed score where a reviewer changed it; absent while ungraded",
                examples = "62.5") BigDecimal score,
        @Schema(description = "strong (75 and above), partial (40 to 75) or weak (below 40)", examples = "partial")
        Band band,
        @Schema(examples = "[\"You covered this point: Non blocking io.\"]") List<String> strengths,
        @Schema(examples = "[\"What happens to other requests while one of them waits for the database?\"]")
        List<String> missing,
        @Schema(examples = "Think about what actually executes the JavaScript, and where it runs.") String nextStep,
        List<Point> criteria,
        @Schema(description = "Language of the feedback (BCP 47)", examples = "en") String language,
        @Schema(description = "Why the feedback is not in the language asked for, if it is not",
                examples = "Offline feedback is in English.") String languageNote) {

    /** One point of the rubric, by a title that names it without stating it. */
    public record Point(@Schema(examples = "Non blocking io") String title,
            @Schema(examples = "met") Verdict verdict) {
    }

    public enum Band {
        @JsonProperty("strong") STRONG,
        @JsonProperty("partial") PARTIAL,
        @JsonProperty("weak") WEAK;

        static Band of(BigDecimal score) {
            if (score == null) {
                return null;
            }
            double s = score.doubleValue();
            return s >= 75 ? STRONG : s >= 40 ? PARTIAL : WEAK;
        }
    }
}
