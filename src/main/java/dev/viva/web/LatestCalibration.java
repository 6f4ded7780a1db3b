package dev.viva.web;

import dev.viva.calibration.metrics.Agreement;
import dev.viva.calibration.run.CalibrationRun;
import dev.viva.calibration.run.CalibrationRunRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The dashboard's calibration panel: the latest completed run's figures beside the human ceiling, and its scatter plot. */
@ApplicationScoped
public class LatestCalibration {

    private final CalibrationRunRepository runs;

    public LatestCalibration(CalibrationRunRepository runs) {
        this.runs = runs;
    }

    @TemplateData
    public record Panel(String id, String fileName, String grader, String mapping, String finishedAt,
            String reportedOn, String scatterUrl, String confusionUrl, List<Row> rows) {
    }

    /** One metric: Viva against the human scores, and the second human grader against the first where known. */
    @TemplateData
    public record Row(String metric, String viva, String humans) {
    }

    public Optional<Panel> panel() {
        return QuarkusTransaction.requiringNew().call(() -> runs.latestCompleted().map(LatestCalibration::panel));
    }

    private static Panel panel(CalibrationRun run) {
        Agreement viva = run.results.overall();
        Agreement humans = run.results.humanCeiling();
        String base = "/api/calibrations/" + run.id + "/charts/";
        String reported = run.results.reportedOn() + " answers (" + run.results.reportedSplit() + " split"
                + (run.results.fittedOn() > 0
                        ? "; mapping fitted on " + run.results.fittedOn() + " others" : "") + ")";
        return new Panel(run.id.toString(), run.fileName, run.grader, run.mapping,
                run.finishedAt == null ? "" : run.finishedAt.toLocalDate().toString(), reported,
                base + "scatter.svg", base + "confusion.svg", List.of(
                        row("Pearson r", viva, humans, Agreement::pearson),
                        row("Spearman rho", viva, humans, Agreement::spearman),
                        row("Quadratic weighted kappa", viva, humans, Agreement::qwk),
                        row("Mean absolute error", viva, humans, Agreement::mae),
                        row("Root mean squared error", viva, humans, Agreement::rmse),
                        row("Exact agreement", viva, humans, Agreement::exact),
                        row("Adjacent agreement", viva, humans, Agreement::adjacent)));
    }

    private static Row row(String metric, Agreement viva, Agreement humans,
            java.util.function.Function<Agreement, Double> figure) {
        return new Row(metric, format(viva == null ? null : figure.apply(viva)),
                format(humans == null ? null : figure.apply(humans)));
    }

    private static String format(Double value) {
        return value == null || value.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
