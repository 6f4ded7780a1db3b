package dev.viva.evaluation;

import dev.viva.grading.Verdict;
import dev.viva.rubric.CriterionKind;
import java.math.BigDecimal;
import java.util.List;

/** A stored per-criterion outcome: the verdict, the points it earned, verified evidence and rationale. */
public record CriterionResult(String criterionId, CriterionKind kind, double weight, Verdict verdict,
        BigDecimal points, List<String> evidence, String rationale, boolean evidenceVerified) {
}
