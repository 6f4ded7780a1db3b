package dev.viva.evaluation;

import dev.viva.grading.Verdict;
import dev.viva.rubric.model.CriterionKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * A stored per-criterion outcome: the verdict, the points it earned, verified evidence and rationale.
 *
 * @param evidenceUnverified the grader quoted text that is not in the answer (and, for met or
 *                           partial with no quote left, the verdict was lowered to not_met)
 */
public record CriterionResult(String criterionId, CriterionKind kind, double weight, Verdict verdict,
        BigDecimal points, List<String> evidence, String rationale, boolean evidenceUnverified) {
}
