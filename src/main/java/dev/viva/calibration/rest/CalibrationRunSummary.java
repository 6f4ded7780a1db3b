package dev.viva.calibration.rest;

import dev.viva.calibration.metrics.Agreement;
import dev.viva.calibration.run.CalibrationRun;
import dev.viva.calibration.run.RunStatus;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A run in a listing: options, progress, and the headline figures once completed. */
public record CalibrationRunSummary(UUID id, RunStatus status, String fileName, String bank, String grader,
        String mapping, CalibrationRunView.Progress progress, OffsetDateTime createdAt, OffsetDateTime finishedAt,
        Integer fittedOn, Integer reportedOn, String reportedSplit, Agreement overall, Agreement humanCeiling) {

    static CalibrationRunSummary of(CalibrationRun run) {
        var r = run.results;
        return new CalibrationRunSummary(run.id, run.status, run.fileName, run.bank, run.grader, run.mapping,
                CalibrationRunView.Progress.of(run), run.createdAt, run.finishedAt, r == null ? null : r.fittedOn(),
                r == null ? null : r.reportedOn(), r == null ? null : r.reportedSplit(), r == null ? null : r.overall(),
                r == null ? null : r.humanCeiling());
    }
}
