package dev.viva.rubric.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum RubricStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("approved") APPROVED
}
