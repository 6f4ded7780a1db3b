package dev.viva.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/** Geometry of server-rendered SVG charts: the template only draws what is computed here (no JavaScript). */
public final class Charts {

    static final int HISTOGRAM_WIDTH = 320;
    static final int HISTOGRAM_HEIGHT = 120;

    private Charts() {
    }

    @TemplateData
    public record Bar(int x, int y, int width, int height, String label, String value) {
    }

    @TemplateData
    public record Histogram(String title, long total, List<Bar> bars) {
    }

    /** Ten bars for scores 0-9.99, 10-19.99, ..., 90-100. */
    public static Histogram histogram(String title, long[] buckets) {
        long max = 1;
        long total = 0;
        for (long b : buckets) {
            max = Math.max(max, b);
            total += b;
        }
        int slot = HISTOGRAM_WIDTH / buckets.length;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            int height = (int) Math.round((HISTOGRAM_HEIGHT - 20) * (double) buckets[i] / max);
            bars.add(new Bar(i * slot + 2, HISTOGRAM_HEIGHT - 16 - height, slot - 4, height, String.valueOf(i * 10),
                    String.valueOf(buckets[i])));
        }
        return new Histogram(title, total, bars);
    }

    /** A horizontal bar per row, its length the rate (0..1) of {@code width} pixels. */
    public static Bar rateBar(int row, double rate, int width, String label, String value) {
        return new Bar(0, row * 22, (int) Math.round(Math.max(0, Math.min(1, rate)) * width), 16, label, value);
    }
}
