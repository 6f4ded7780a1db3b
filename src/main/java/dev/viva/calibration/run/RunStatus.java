package dev.viva.calibration.run;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a calibration run stands. A run left queued or running by a stopped service becomes failed at start-up. */
public enum RunStatus {
    @JsonProperty("queued") QUEUED,
    @JsonProperty("running") RUNNING,
    @JsonProperty("completed") COMPLETED,
    @JsonProperty("failed") FAILED
}
