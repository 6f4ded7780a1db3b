package dev.viva.grading;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The only place where a score is computed. Met required and bonus criteria earn their weight (half
 * for partial) over the sum of the required weights; misconceptions present deduct theirs; the
 * result is clipped to 0..100. A bonus can make up for a missed required point, never lift past 100.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    public static BigDecimal total(Rubric rubric, List<CriterionVerdict> verdicts) {
        return total(rubric, verdicts, Map.of());
    }

    /**
     * The total when some required or bonus criteria earn a share (0..1) of their weight whatever their
     * verdict (a mock interview's "met after follow-up"): such a criterion earns the larger of the two.
     */
    public static BigDecimal total(Rubric rubric, List<CriterionVerdict> verdicts, Map<String, Double> shares) {
        Map<String, Verdict> byId = verdicts.stream()
                .collect(Collectors.toMap(CriterionVerdict::criterionId, CriterionVerdict::verdict, (a, b) -> a));
        double requiredWeight = rubric.ofKind(CriterionKind.REQUIRED).stream().mapToDouble(Criterion::weight).sum();
        if (requiredWeight <= 0) {
            throw new IllegalArgumentException("Rubric for " + rubric.questionId() + " has no required weight");
        }
        double earned = 0;
        for (Criterion c : rubric.criteria()) {
            earned += switch (c.kind()) {
                case REQUIRED, BONUS -> c.weight() * Math.max(credit(byId.get(c.id())),
                        Math.max(0, Math.min(1, shares.getOrDefault(c.id(), 0.0))));
                case PENALTY -> -c.weight() * (byId.get(c.id()) == Verdict.MET ? 1 : 0);
            };
        }
        double percent = Math.max(0, Math.min(100, 100 * earned / requiredWeight));
        return BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP);
    }

    /** Points a criterion contributes, signed; used to show per-criterion points next to each verdict. */
    public static Map<String, BigDecimal> points(Rubric rubric, List<CriterionVerdict> verdicts) {
        Map<String, Verdict> byId = verdicts.stream()
                .collect(Collectors.toMap(CriterionVerdict::criterionId, CriterionVerdict::verdict, (a, b) -> a));
        double requiredWeight = rubric.ofKind(CriterionKind.REQUIRED).stream().mapToDouble(Criterion::weight).sum();
        return rubric.criteria().stream().collect(Collectors.toMap(Criterion::id, c -> {
            double share = 100 * c.weight() / requiredWeight;
            double value = c.kind() == CriterionKind.PENALTY
                    ? -share * (byId.get(c.id()) == Verdict.MET ? 1 : 0)
                    : share * credit(byId.get(c.id()));
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        }, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static double credit(Verdict verdict) {
        if (verdict == null) {
            return 0;
        }
        return switch (verdict) {
            case MET -> 1;
            case PARTIAL -> 0.5;
            case NOT_MET -> 0;
        };
    }
}
