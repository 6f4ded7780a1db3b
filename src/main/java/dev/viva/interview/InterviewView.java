package dev.viva.interview;

import dev.viva.evaluation.LearnerFeedback;
import dev.viva.grading.Verdict;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An interview as the learner sees it while it runs: the questions asked so far with their learner-safe
 * feedback and follow-ups, and what is being asked now. Never a model answer or anything of the rubric but
 * the points' titles.
 */
public record InterviewView(UUID id, InterviewStatus status, String learnerRef,
        @Schema(nullable = true) String topic, boolean followUps, @Schema(nullable = true) Integer timeLimitSeconds,
        int questionCount, OffsetDateTime createdAt, @Schema(nullable = true) OffsetDateTime finishedAt,
        @Schema(nullable = true, description = "What is asked now; null once finished") Prompt current,
        List<Asked> asked) {

    /** A question answered so far. */
    public record Asked(int index, String questionId, String text, @Schema(nullable = true) String topic,
            UUID evaluationId, boolean late, LearnerFeedback feedback,
            @Schema(nullable = true) FollowUpView followUp) {
    }

    /** A follow-up asked, and (once answered) its verdict on the one point. */
    public record FollowUpView(String criterionId, String title, String text, boolean answered, boolean late,
            @Schema(nullable = true) Verdict verdict, boolean metAfterFollowUp) {
    }
}
