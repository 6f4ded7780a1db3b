package dev.viva.calibration.chart;

import java.util.Locale;

/** The little SVG the charts need: a document, text, escaping, number formatting. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height, String title) {
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
        out.append("<title>").append(escape(title)).append("</title>\n");
        out.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
    }

    Svg raw(String element) {
        out.append(element).append('\n');
        return this;
    }

    Svg text(double x, double y, String anchor, String text) {
        return raw(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                escape(text)));
    }

    String end() {
        return out.append("</svg>\n").toString();
    }

    static String num(double v) {
        return Math.rint(v) == v ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
