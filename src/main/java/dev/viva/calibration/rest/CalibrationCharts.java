package dev.viva.calibration.rest;

import dev.viva.calibration.chart.ConfusionChart;
import dev.viva.calibration.chart.ScatterChart;
import dev.viva.calibration.metrics.ScoreScale;
import dev.viva.calibration.run.CalibrationItem;
import dev.viva.calibration.run.CalibrationItemRepository;
import dev.viva.calibration.run.CalibrationRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The charts of a completed run, drawn from its stored answers on the reported split. */
@ApplicationScoped
public class CalibrationCharts {

    private final CalibrationItemRepository items;

    public CalibrationCharts(CalibrationItemRepository items) {
        this.items = items;
    }

    @Transactional
    public String scatter(CalibrationRun run) {
        List<CalibrationItem> reported = reported(run);
        double max = reported.stream().mapToDouble(i -> i.maxScore).max().orElse(1);
        return ScatterChart.svg(reported.stream().mapToDouble(i -> i.humanScore).toArray(),
                reported.stream().mapToDouble(i -> i.mappedScore).toArray(), max, title(run, reported.size()));
    }

    @Transactional
    public String confusion(CalibrationRun run) {
        List<CalibrationItem> reported = reported(run);
        ScoreScale scale = new ScoreScale(run.results.scaleStep());
        double max = reported.stream().mapToDouble(i -> i.maxScore).max().orElse(1);
        int k = scale.category(max) + 1;
        int[][] counts = new int[k][k];
        for (CalibrationItem i : reported) {
            counts[clamp(scale.category(i.humanScore), k)][clamp(scale.category(i.mappedScore), k)]++;
        }
        double[] labels = new double[k];
        for (int c = 0; c < k; c++) {
            labels[c] = c * scale.step();
        }
        return ConfusionChart.svg(counts, labels, title(run, reported.size()));
    }

    private List<CalibrationItem> reported(CalibrationRun run) {
        boolean all = "all".equals(run.results.reportedSplit());
        return items.ofRun(run.id).stream()
                .filter(i -> i.mappedScore != null && (all || run.results.reportedSplit().equals(i.split))).toList();
    }

    private static int clamp(int c, int k) {
        return Math.max(0, Math.min(k - 1, c));
    }

    private static String title(CalibrationRun run, int n) {
        return (run.fileName == null ? run.bank : run.fileName) + ": " + n + " answers (" + run.results.reportedSplit()
                + "), mapping " + run.mapping;
    }
}
