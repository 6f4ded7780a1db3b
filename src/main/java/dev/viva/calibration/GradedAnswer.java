package dev.viva.calibration;

import dev.viva.calibration.mapping.FitSplit;
import java.util.List;

/**
 * One labelled answer after Viva graded it: the human score on the data set's scale, Viva's 0-100, the
 * split its question fell on, and the individual graders' scores where the data set has them.
 */
public record GradedAnswer(String questionId, double human, double maxScore, double viva, List<Double> graderScores,
        FitSplit split) {

    public GradedAnswer {
        graderScores = graderScores == null ? List.of() : List.copyOf(graderScores);
    }

    boolean hasTwoGraders() {
        return graderScores.size() == 2;
    }
}
