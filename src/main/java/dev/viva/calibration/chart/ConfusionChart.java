package dev.viva.calibration.chart;

import java.util.Locale;

/** Counts of answers by human category (rows) and Viva's category (columns); the diagonal is agreement. */
public final class ConfusionChart {

    private static final int CELL = 34;
    private static final int PAD = 70;

    private ConfusionChart() {
    }

    /** @param counts counts[human][viva]; @param labels the score each category stands for */
    public static String svg(int[][] counts, double[] labels, String title) {
        int k = labels.length;
        int size = PAD + k * CELL + 20;
        int max = 1;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        Svg svg = new Svg(Math.max(size, 260), size + 20, title);
        svg.text(10, 18, "start", title);
        svg.text(PAD + k * CELL / 2.0, 36, "middle", "Viva (mapped)");
        svg.raw(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 14 %.1f)\">human</text>", PAD + k * CELL / 2.0, PAD + k * CELL / 2.0));
        for (int i = 0; i < k; i++) {
            svg.text(PAD + i * CELL + CELL / 2.0, PAD - 6, "middle", Svg.num(labels[i]));
            svg.text(PAD - 6, PAD + i * CELL + CELL / 2.0 + 4, "end", Svg.num(labels[i]));
            for (int j = 0; j < k; j++) {
                double shade = (double) counts[i][j] / max;
                svg.raw(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
                        + " fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"#ddd\"/>", PAD + j * CELL, PAD + i * CELL, CELL,
                        CELL, i == j ? "#2ca02c" : "#d62728", 0.08 + 0.8 * shade));
                svg.text(PAD + j * CELL + CELL / 2.0, PAD + i * CELL + CELL / 2.0 + 4, "middle",
                        String.valueOf(counts[i][j]));
            }
        }
        return svg.end();
    }
}
