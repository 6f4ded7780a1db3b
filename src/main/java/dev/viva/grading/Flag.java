package dev.viva.grading;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an evaluation deserves a human look. Any flag sends it to review. */
public enum Flag {
    @JsonProperty("injection_suspected") INJECTION_SUSPECTED,
    @JsonProperty("off_topic") OFF_TOPIC,
    @JsonProperty("too_short") TOO_SHORT,
    @JsonProperty("low_confidence") LOW_CONFIDENCE,
    @JsonProperty("graders_disagree") GRADERS_DISAGREE,
    @JsonProperty("evidence_unverified") EVIDENCE_UNVERIFIED,
    @JsonProperty("rubric_echo") RUBRIC_ECHO,
    @JsonProperty("evidence_irrelevant") EVIDENCE_IRRELEVANT,
    /** The answer is written in another language than the rubric: a low score may be the grader's blind spot. */
    @JsonProperty("language_mismatch") LANGUAGE_MISMATCH
}
