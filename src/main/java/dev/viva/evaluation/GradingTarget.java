package dev.viva.evaluation;

import dev.viva.question.Viewer;
import dev.viva.support.DomainException;
import java.time.OffsetDateTime;

/**
 * What accepting an answer needs to know about a question, as one immutable snapshot (cached by
 * {@link GradingContexts}): whose it is, whether it was retired, and its grading context if it has an
 * approved rubric. The checks run in this order, so that another client's question is "not found"
 * whatever its state.
 *
 * @param ownerRef          who created it through the API; null for the questions Viva brings in
 * @param waitingForApproval the newest draft rubric version, when there is no approved one; else null
 * @param context           null until a rubric version is approved
 */
public record GradingTarget(String questionId, String ownerRef, OffsetDateTime retiredAt,
        Integer waitingForApproval, GradingContext context) {

    /** The context to grade an answer of {@code viewer} in, or the domain failure that stops it. */
    public GradingContext contextFor(Viewer viewer) {
        if (!viewer.sees(ownerRef)) {
            throw DomainException.notFound("Question", questionId);
        }
        if (retiredAt != null) {
            throw new DomainException(DomainException.Kind.GONE, "Question retired", "Question '" + questionId
                    + "' was retired at " + retiredAt + " and takes no new answers; its evaluations stay readable.");
        }
        if (context == null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "No approved rubric", noApprovedRubric());
        }
        return context;
    }

    private String noApprovedRubric() {
        String what = "Question '" + questionId + "' has no approved, active rubric yet, so it cannot be graded";
        if (waitingForApproval == null) {
            return what + ": draft one and have a reviewer approve it.";
        }
        return what + ": rubric version " + waitingForApproval + " is waiting for a reviewer's approval (POST"
                + " /api/questions/" + questionId + "/rubric/versions/" + waitingForApproval + "/approve).";
    }
}
