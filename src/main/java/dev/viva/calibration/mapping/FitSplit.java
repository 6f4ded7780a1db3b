package dev.viva.calibration.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.viva.support.Hashes;

/**
 * Which side of a run an answer falls on, decided by its question alone (SHA-256 of seed and question
 * id), so the same question never lands on both sides and the same seed always gives the same split.
 */
public enum FitSplit {
    /** Answers a fitted mapping is fitted on; never reported as the run's figures. */
    @JsonProperty("fit") FIT,
    /** Answers the figures are reported on. */
    @JsonProperty("evaluation") EVALUATION;

    public static FitSplit of(String questionId, long seed) {
        String hash = Hashes.sha256(seed + ":" + questionId);
        return Character.digit(hash.charAt(hash.length() - 1), 16) % 2 == 0 ? FIT : EVALUATION;
    }

    public String id() {
        return this == FIT ? "fit" : "evaluation";
    }
}
