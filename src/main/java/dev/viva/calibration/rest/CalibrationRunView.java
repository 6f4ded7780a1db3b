package dev.viva.calibration.rest;

import dev.viva.calibration.CalibrationResults;
import dev.viva.calibration.run.CalibrationRun;
import dev.viva.calibration.run.RunStatus;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A run with its progress and, once completed, its figures ({@code results.overall} measured on
 * {@code results.reportedOn} answers not used for fitting) and the links to its charts.
 */
public record CalibrationRunView(UUID id, RunStatus status, String fileName, String bank, String grader,
        String rubrics, String mapping, long seed, Integer limit, Progress progress, OffsetDateTime createdAt,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, String error, Map<String, Object> provenance,
        CalibrationResults results, Map<String, String> charts) {

    /** done of total answers graded, failures among them, rate per second and the estimated seconds left. */
    public record Progress(int done, int total, int failed, Double ratePerSecond, Double etaSeconds) {

        static Progress of(CalibrationRun run) {
            return new Progress(run.done, run.total, run.failedItems, run.ratePerSecond, run.etaSeconds);
        }
    }

    static CalibrationRunView of(CalibrationRun run) {
        String base = "/api/calibrations/" + run.id + "/charts/";
        Map<String, String> charts = run.status == RunStatus.COMPLETED
                ? Map.of("scatter", base + "scatter.svg", "confusion", base + "confusion.svg")
                : Map.of();
        return new CalibrationRunView(run.id, run.status, run.fileName, run.bank, run.grader, run.rubricBuilder,
                run.mapping, run.seed,
                run.sampleLimit, Progress.of(run), run.createdAt, run.startedAt, run.finishedAt, run.error,
                run.provenance, run.results, charts);
    }
}
