package dev.viva.calibration.chart;

import java.util.Locale;

/** Human score (x) against Viva's mapped score (y), both on the data set's scale, with the diagonal. */
public final class ScatterChart {

    private static final int SIZE = 420;
    private static final int PAD = 50;

    private ScatterChart() {
    }

    public static String svg(double[] human, double[] viva, double max, String title) {
        double top = max <= 0 ? 1 : max;
        double plot = SIZE - 2 * PAD;
        Svg svg = new Svg(SIZE, SIZE, title);
        svg.text(SIZE / 2.0, 20, "middle", title);
        svg.raw(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"none\""
                + " stroke=\"#888\"/>", PAD, PAD, plot, plot));
        svg.raw(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%d\" stroke=\"#ccc\""
                + " stroke-dasharray=\"4 3\"/>", PAD, PAD + plot, PAD + plot, PAD));
        for (int t = 0; t <= 4; t++) {
            double v = top * t / 4;
            double x = PAD + plot * t / 4;
            double y = PAD + plot - plot * t / 4;
            svg.text(x, PAD + plot + 14, "middle", Svg.num(v));
            svg.text(PAD - 6, y + 4, "end", Svg.num(v));
        }
        svg.text(PAD + plot / 2, SIZE - 10, "middle", "human score");
        svg.raw(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 14 %.1f)\">Viva (mapped)</text>", PAD + plot / 2, PAD + plot / 2));
        for (int i = 0; i < human.length; i++) {
            double x = PAD + plot * Math.min(1, human[i] / top);
            double y = PAD + plot - plot * Math.min(1, viva[i] / top);
            svg.raw(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#1f77b4\""
                    + " fill-opacity=\"0.35\"/>", x, y));
        }
        return svg.end();
    }
}
