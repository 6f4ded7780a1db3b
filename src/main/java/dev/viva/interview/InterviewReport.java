package dev.viva.interview;

import dev.viva.grading.Verdict;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The report of a finished interview: the overall score, each question with its verdicts, feedback, follow-up
 * and (now) the model answer, and each topic with its change since the learner's previous interview on it.
 * Scores are 0-100, computed in code; a question left unanswered scores 0, one not graded yet is left out.
 */
public record InterviewReport(UUID interviewId, String learnerRef, @Schema(nullable = true) String topic,
        InterviewStatus status, OffsetDateTime createdAt, OffsetDateTime finishedAt,
        @Schema(description = "Share of a criterion's weight earned when it was met only after its follow-up",
                examples = "0.5") double followUpCredit,
        Overall overall, List<QuestionReport> questions, List<TopicReport> topics) {

    public record Overall(@Schema(nullable = true, examples = "61.25") BigDecimal score, int questions, int answered,
            int late, int followUpsAsked, int metAfterFollowUp) {
    }

    public record QuestionReport(int index, String questionId, String text, @Schema(nullable = true) String topic,
            boolean answered, @Schema(nullable = true) UUID evaluationId,
            @Schema(nullable = true, description = "graded, needs_review or ungraded") String status,
            @Schema(nullable = true) BigDecimal score, boolean late, List<CriterionReport> criteria,
            List<String> strengths, List<String> missing, @Schema(nullable = true) String nextStep,
            @Schema(nullable = true) FollowUpReport followUp, @Schema(nullable = true) String modelAnswer) {
    }

    /** One point by its learner-safe title; afterFollowUp is the follow-up answer's verdict, where one was asked. */
    public record CriterionReport(String criterionId, String title, String kind, Verdict verdict,
            @Schema(nullable = true) Verdict afterFollowUp, boolean metAfterFollowUp) {
    }

    public record FollowUpReport(String criterionId, String title, String text, String source, boolean answered,
            boolean late, @Schema(nullable = true) Verdict verdict, boolean metAfterFollowUp) {
    }

    /** A topic of this interview; change is meanScore minus the mean of the learner's previous interview on it. */
    public record TopicReport(String topic, int questions, @Schema(nullable = true) BigDecimal meanScore,
            @Schema(nullable = true) BigDecimal previousMeanScore, @Schema(nullable = true) BigDecimal change,
            @Schema(nullable = true) UUID previousInterviewId) {
    }
}
