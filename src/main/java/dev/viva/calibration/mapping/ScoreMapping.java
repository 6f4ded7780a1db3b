package dev.viva.calibration.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * How Viva's 0-100 score becomes a score on a data set's scale. Every mapping works on fractions of the
 * item's own maximum (Viva 0-100 as 0..1, human score / max_score), so questions with different maxima
 * share one map. {@code none} fits nothing (fraction * max_score); {@code linear} and {@code isotonic} are
 * fitted by {@link #fit} on the fitting split only.
 */
public enum ScoreMapping {
    @JsonProperty("none") NONE,
    @JsonProperty("linear") LINEAR,
    @JsonProperty("isotonic") ISOTONIC;

    public boolean fitted() {
        return this != NONE;
    }

    /** @param viva Viva's scores 0-100 of the fitting answers; @param humanFraction their human score / max */
    public FittedMapping fit(double[] viva, double[] humanFraction) {
        return switch (this) {
            case NONE -> FittedMapping.IDENTITY;
            case LINEAR -> LinearMapping.fit(viva, humanFraction);
            case ISOTONIC -> IsotonicMapping.fit(viva, humanFraction);
        };
    }

    public static ScoreMapping parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mapping must be none, linear or isotonic, not '" + value + "'");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
