package dev.viva.interview;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum InterviewStatus {
    /** Questions are still being asked: no model answer or rubric detail is shown. */
    @JsonProperty("in_progress") IN_PROGRESS,
    /** Finished by the learner or after the last answer: the report, with model answers, is available. */
    @JsonProperty("finished") FINISHED
}
