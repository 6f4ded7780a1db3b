package dev.viva.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum RubricStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("approved") APPROVED
}
