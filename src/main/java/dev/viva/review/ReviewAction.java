package dev.viva.review;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a review entry records. */
public enum ReviewAction {
    /** A criterion's verdict was changed, with a reason. */
    @JsonProperty("override") OVERRIDE,
    /** The reviewer accepted the verdicts as they stand. */
    @JsonProperty("accept") ACCEPT,
    /** A comment given with overrides. */
    @JsonProperty("comment") COMMENT
}
