package dev.viva.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum EvaluationStatus {
    /** Graded with no reason for a human to look. */
    @JsonProperty("graded") GRADED,
    /** Stored, but no trustworthy grade yet (LLM down, malformed output): retried in the background. */
    @JsonProperty("ungraded") UNGRADED,
    /** Graded, but flagged or of low confidence: a reviewer should confirm it. */
    @JsonProperty("needs_review") NEEDS_REVIEW
}
