package dev.viva.calibration.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The trade-off between automation and agreement: at each confidence threshold, the share of answers a grader
 * would accept without review (confidence at or above the threshold and no flag), and its agreement with the
 * human grades on those accepted answers alone.
 */
public final class RiskCoverage {

    /** One graded answer: the grader's score and confidence, whether it was flagged, and the human grade. */
    public record Scored(double predicted, double gold, double max, double confidence, boolean flagged) {
    }

    /** One row of the table: the threshold, the share accepted (0..1), and the agreement on the accepted. */
    public record Row(double threshold, double accepted, Agreement agreement) {
    }

    private RiskCoverage() {
    }

    public static List<Row> table(List<Scored> answers, double[] thresholds) {
        List<Row> rows = new ArrayList<>();
        for (double threshold : thresholds) {
            List<Scored> accepted = answers.stream().filter(a -> !a.flagged() && a.confidence() >= threshold).toList();
            rows.add(new Row(threshold, answers.isEmpty() ? 0 : (double) accepted.size() / answers.size(),
                    agreement(accepted)));
        }
        return rows;
    }

    /** Agreement on the answers given, correlations over score / max (the scale of each question). */
    public static Agreement agreement(List<Scored> answers) {
        double[] gold = answers.stream().mapToDouble(Scored::gold).toArray();
        return Agreement.of(answers.stream().mapToDouble(Scored::predicted).toArray(), gold,
                gold.length == 0 ? new ScoreScale(1) : ScoreScale.of(gold), answers.stream().mapToDouble(Scored::max).toArray());
    }
}
