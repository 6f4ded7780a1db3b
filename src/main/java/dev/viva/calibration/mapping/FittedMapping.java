package dev.viva.calibration.mapping;

import java.util.Map;

/** A map from Viva's 0-100 onto a fraction 0..1 of an item's maximum, with what was fitted. */
public interface FittedMapping {

    FittedMapping IDENTITY = new FittedMapping() {
        @Override
        public double fraction(double viva) {
            return clip(viva / 100);
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("formula", "score / 100 * max_score");
        }
    };

    double fraction(double viva);

    /** What was fitted, to be shown with the results. */
    Map<String, Object> parameters();

    default double map(double viva, double maxScore) {
        return fraction(viva) * maxScore;
    }

    static double clip(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
