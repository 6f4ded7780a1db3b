package dev.viva.review;

import dev.viva.evaluation.CriterionResult;
import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.ScoreCalculator;
import dev.viva.grading.Verdict;
import dev.viva.rubric.model.Rubric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The machine's criteria with a reviewer's verdicts put in, scored by the same {@link ScoreCalculator}
 * as grading: points and total change only through the verdicts.
 */
public record ReviewedScore(List<CriterionResult> criteria, BigDecimal score) {

    public static ReviewedScore of(Rubric rubric, List<CriterionResult> machine, Map<String, Verdict> verdicts) {
        List<CriterionVerdict> applied = machine.stream().map(c -> new CriterionVerdict(c.criterionId(),
                verdicts.getOrDefault(c.criterionId(), c.verdict()), c.evidence(), c.rationale())).toList();
        Map<String, BigDecimal> points = ScoreCalculator.points(rubric, applied);
        List<CriterionResult> criteria = machine.stream().map(c -> new CriterionResult(c.criterionId(), c.kind(),
                c.weight(), verdicts.getOrDefault(c.criterionId(), c.verdict()),
                points.getOrDefault(c.criterionId(), c.points()), c.evidence(), c.rationale(),
                c.evidenceUnverified())).toList();
        return new ReviewedScore(criteria, ScoreCalculator.total(rubric, applied));
    }
}
