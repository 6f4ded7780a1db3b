package dev.viva.calibration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and pacing of calibration runs. */
@ConfigMapping(prefix = "viva.calibration")
public interface CalibrationConfig {

    /** Largest labelled file POST /api/calibrations accepts (413 above). */
    @WithDefault("8M")
    MemorySize maxUploadSize();

    /** How often a running run stores its progress and graded answers. */
    @WithDefault("2s")
    Duration progressEvery();
}
