package dev.viva.interview;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.viva.evaluation.LearnerFeedback;
import dev.viva.grading.Verdict;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What answering gives: the evaluation of the question's answer with its learner-safe feedback, the outcome of
 * a follow-up when this was the answer to one, and what comes next (null once the interview is over).
 */
public record AnswerOutcome(UUID evaluationId, @Schema(description = "Answered after the time limit") boolean late,
        LearnerFeedback feedback,
        @Schema(nullable = true, description = "For the answer to a follow-up: its verdict on the one point")
        @JsonInclude(JsonInclude.Include.NON_NULL) FollowUpResult followUpResult,
        @Schema(nullable = true, description = "The next question, a follow-up, or null when the interview is over")
        @JsonInclude(JsonInclude.Include.ALWAYS) Prompt next,
        InterviewStatus status) {

    /**
     * @param metAfterFollowUp the point now counts, at the interview's followUpCredit of its weight
     */
    public record FollowUpResult(@Schema(examples = "single-threaded") String criterionId,
            @Schema(examples = "Single threaded") String title,
            @Schema(nullable = true, description = "null when the follow-up answer could not be graded") Verdict verdict,
            boolean metAfterFollowUp, boolean late) {
    }
}
