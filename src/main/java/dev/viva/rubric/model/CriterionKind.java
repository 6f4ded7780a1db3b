package dev.viva.rubric.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a criterion does to the score. */
public enum CriterionKind {
    /** A point the answer must make; the required weights are 100% of the score. */
    @JsonProperty("required") REQUIRED,
    /** Extra credit that can make up for a missed required point, never lifting the score above 100. */
    @JsonProperty("bonus") BONUS,
    /** A misconception the answer must not contain; its weight is deducted when it is present. */
    @JsonProperty("penalty") PENALTY
}
