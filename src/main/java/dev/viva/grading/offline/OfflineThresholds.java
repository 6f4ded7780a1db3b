package dev.viva.grading.offline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers that shape an offline grading beside its {@link CoverageModel} (which holds the verdict
 * thresholds). Set globally, never per question; recorded with every result so a stored grade says which
 * settings produced it.
 */
public record OfflineThresholds(double offTopicThreshold, int minWords, double questionEchoMargin,
        double penaltyThreshold, double penaltyDoubtMargin, double lowConfidenceMargin, double lowConfidenceShare) {

    static final String OFF_TOPIC = "0.25";
    static final String MIN_WORDS = "5";
    static final String ECHO_MARGIN = "0.05";
    static final String PENALTY = "0.85";
    static final String PENALTY_DOUBT = "0.1";
    static final String NEAR_MARGIN = "0.03";
    static final String NEAR_SHARE = "0.5";

    public static OfflineThresholds defaults() {
        return new OfflineThresholds(d(OFF_TOPIC),
                Integer.parseInt(MIN_WORDS), d(ECHO_MARGIN), d(PENALTY), d(PENALTY_DOUBT), d(NEAR_MARGIN),
                d(NEAR_SHARE));
    }

    public Map<String, Object> asSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offTopicThreshold", offTopicThreshold);
        m.put("minWords", minWords);
        m.put("questionEchoMargin", questionEchoMargin);
        m.put("penaltyThreshold", penaltyThreshold);
        m.put("penaltyDoubtMargin", penaltyDoubtMargin);
        m.put("lowConfidenceMargin", lowConfidenceMargin);
        m.put("lowConfidenceShare", lowConfidenceShare);
        return m;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }
}
