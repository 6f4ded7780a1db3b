package dev.viva.grading;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far an answer meets one criterion. For a penalty criterion the verdict says whether the
 * misconception is present: {@code met} means the answer states it.
 */
public enum Verdict {
    @JsonProperty("met") MET,
    @JsonProperty("partial") PARTIAL,
    @JsonProperty("not_met") NOT_MET
}
