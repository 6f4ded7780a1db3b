package dev.viva.web;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Geometry of the interview report's and progress page's SVG charts (scores 0-100), computed here, drawn by the templates. */
public final class InterviewCharts {

    static final int BAR_WIDTH = 300;
    static final int TREND_WIDTH = 320;
    static final int TREND_HEIGHT = 110;

    private InterviewCharts() {
    }

    /** A horizontal bar per row for a score 0..100 (an unknown score draws no bar and says so). */
    static List<Charts.Bar> scoreBars(List<String> labels, List<BigDecimal> scores) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal s = scores.get(i);
            bars.add(Charts.rateBar(i, s == null ? 0 : s.doubleValue() / 100, BAR_WIDTH, labels.get(i),
                    s == null ? "not graded" : s.stripTrailingZeros().toPlainString()));
        }
        return bars;
    }

    @TemplateData
    public record Dot(int x, int y, String label) {
    }

    /** A line through a topic's scores over time: {@code points} for a polyline, and a dot per score. */
    @TemplateData
    public record Trend(String topic, String points, List<Dot> dots, String summary) {
    }

    static Trend trend(String topic, List<String> when, List<BigDecimal> scores, String summary) {
        int n = scores.size();
        int step = n <= 1 ? 0 : (TREND_WIDTH - 40) / (n - 1);
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double s = scores.get(i) == null ? 0 : scores.get(i).doubleValue();
            int x = 20 + i * step;
            int y = (int) Math.round(TREND_HEIGHT - 10 - (TREND_HEIGHT - 20) * s / 100);
            dots.add(new Dot(x, y, when.get(i) + ": " + (scores.get(i) == null ? "not graded"
                    : scores.get(i).stripTrailingZeros().toPlainString())));
            points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        return new Trend(topic, points.toString(), dots, summary);
    }
}
