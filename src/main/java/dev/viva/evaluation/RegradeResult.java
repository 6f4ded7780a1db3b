package dev.viva.evaluation;

import dev.viva.grading.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One evaluation graded again with the active rubric: the old result stays stored, the new one points
 * to it by {@code previousId}. An evaluation that was never graded is graded in place
 * ({@code newEvaluationId} equals {@code evaluationId}, no old score).
 */
public record RegradeResult(UUID evaluationId, UUID newEvaluationId, EvaluationStatus oldStatus,
        EvaluationStatus newStatus, BigDecimal oldScore, BigDecimal newScore, int oldRubricVersion,
        int newRubricVersion, List<CriterionChange> changedCriteria) {

    /** A criterion whose verdict differs; null on the side where the criterion did not exist. */
    public record CriterionChange(String criterionId, Verdict before, Verdict after) {
    }

    /** The batch answer of {@code POST /api/questions/{id}/regrade}. */
    public record Batch(String questionId, int rubricVersion, List<RegradeResult> results) {
    }
}
