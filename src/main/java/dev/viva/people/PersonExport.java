package dev.viva.people;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything Viva holds about one person (GDPR Art. 15 and 20), in a portable form: their answers with
 * scores, verdicts and the quotes they rest on, feedback, reviewers' decisions and reasons, screenings'
 * decisions, invitations, interviews with follow-ups and reports. It holds the person's own data, not the
 * answer key: criteria are named by id and title, never described, and no model answer is included
 * except where the person was already shown it (a finished interview's report).
 */
@Schema(name = "PersonExport")
public record PersonExport(String ref, OffsetDateTime exportedAt, List<Answer> answers, List<Candidacy> screenings,
        List<InvitationLink> invitations, List<InterviewRecord> interviews, @Schema(nullable = true) Account learnerAccount) {

    @Schema(name = "PersonExportAnswer")
    public record Answer(UUID evaluationId, String questionId, String questionText, String answer,
            OffsetDateTime submittedAt, String status, @Schema(nullable = true) BigDecimal score,
            @Schema(nullable = true) BigDecimal reviewedScore, @Schema(nullable = true) OffsetDateTime gradedAt,
            List<Verdict> criteria, @Schema(nullable = true) dev.viva.grading.Feedback feedback, List<String> flags,
            @Schema(nullable = true) UUID screeningId, List<Review> reviews) {
    }

    @Schema(name = "PersonExportVerdict")
    public record Verdict(String criterionId, String verdict, @Schema(nullable = true) BigDecimal points,
            List<String> evidence, @Schema(nullable = true) String reviewedVerdict) {
    }

    @Schema(name = "PersonExportReview")
    public record Review(String action, @Schema(nullable = true) String criterionId,
            @Schema(nullable = true) String before, @Schema(nullable = true) String after,
            @Schema(nullable = true) String reason, String reviewer, OffsetDateTime at) {
    }

    @Schema(name = "PersonExportCandidacy")
    public record Candidacy(UUID screeningId, String screeningName, @Schema(nullable = true) String decision,
            @Schema(nullable = true) String decisionReason, @Schema(nullable = true) String decidedBy,
            @Schema(nullable = true) OffsetDateTime decidedAt, @Schema(nullable = true) String demographicCategory) {
    }

    @Schema(name = "PersonExportInvitationLink")
    public record InvitationLink(UUID screeningId, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            @Schema(nullable = true) OffsetDateTime spentAt, int draftsSaved) {
    }

    @Schema(name = "PersonExportInterviewRecord")
    public record InterviewRecord(UUID id, String owner, @Schema(nullable = true) String topic, String status,
            OffsetDateTime startedAt, @Schema(nullable = true) OffsetDateTime finishedAt, List<Asked> questions,
            @Schema(nullable = true, description = "The report the learner was shown, once the interview is finished") dev.viva.interview.InterviewReport report) {
    }

    @Schema(name = "PersonExportAsked")
    public record Asked(int position, String questionId, @Schema(nullable = true) UUID evaluationId,
            @Schema(nullable = true) OffsetDateTime answeredAt, boolean late, @Schema(nullable = true) FollowUpRecord followUp) {
    }

    @Schema(name = "PersonExportFollowUpRecord")
    public record FollowUpRecord(String criterionId, String question, @Schema(nullable = true) String answer,
            @Schema(nullable = true) String verdict, List<String> evidence) {
    }

    @Schema(name = "PersonExportAccount")
    public record Account(String username, OffsetDateTime createdAt) {
    }

    public boolean isEmpty() {
        return answers.isEmpty() && screenings.isEmpty() && invitations.isEmpty() && interviews.isEmpty()
                && learnerAccount == null;
    }
}
