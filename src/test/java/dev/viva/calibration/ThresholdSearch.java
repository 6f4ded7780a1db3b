package dev.viva.calibration;

import dev.viva.grading.offline.OfflineThresholds;
import java.util.function.ToDoubleFunction;

/** A small global grid over the offline grader's match thresholds and weights (never per question). */
final class ThresholdSearch {

    private ThresholdSearch() {
    }

    static OfflineThresholds best(OfflineThresholds start, ToDoubleFunction<OfflineThresholds> objective) {
        OfflineThresholds best = start;
        double bestValue = objective.applyAsDouble(start);
        for (double overlap : new double[] {0.15, 0.3, 0.45, 0.6}) {
            for (double answer : new double[] {0, 0.2, 0.4, 0.55}) {
                for (double met = 0.28; met <= 0.681; met += 0.04) {
                    for (double gap : new double[] {0.06, 0.12, 0.18, 0.24}) {
                        OfflineThresholds candidate = start.withMatch(met, met - gap, overlap, answer);
                        double value = objective.applyAsDouble(candidate);
                        if (value > bestValue) {
                            bestValue = value;
                            best = candidate;
                        }
                    }
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "grid search: best tune-half Pearson %.3f%n", bestValue);
        return best;
    }
}
