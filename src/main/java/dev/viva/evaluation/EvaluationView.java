package dev.viva.evaluation;

import dev.viva.grading.Feedback;
import dev.viva.grading.Flag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation as clients see it. {@code score} and {@code criteria} are the machine result, never
 * changed; after a review, {@code reviewedScore} and {@code reviewedCriteria} hold the result with the
 * reviewers' overrides applied.
 */
public record EvaluationView(UUID id, String questionId, String candidateRef, EvaluationStatus status,
        BigDecimal score, boolean cached, UUID cachedFrom, List<CriterionResult> criteria, Feedback feedback,
        List<Flag> flags, Double confidence, Provenance provenance, int attempts, String lastError, UUID previousId,
        String answer, OffsetDateTime createdAt, OffsetDateTime gradedAt, BigDecimal reviewedScore,
        List<CriterionResult> reviewedCriteria, String reviewedBy, OffsetDateTime reviewedAt) {

    public static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.id, e.questionId, e.shownCandidateRef(), e.status, e.score, e.cachedFrom != null,
                e.cachedFrom, e.criteria == null ? List.of() : e.criteria, e.feedback, e.flags, e.confidence,
                e.provenance, e.attempts, e.lastError, e.previousId, e.answer, e.createdAt, e.gradedAt, e.reviewedScore,
                e.reviewedCriteria, e.reviewedBy, e.reviewedAt);
    }
}
