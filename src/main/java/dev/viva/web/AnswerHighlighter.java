package dev.viva.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cuts an answer into segments so that the evidence quoted for each criterion can be highlighted. The
 * segments are plain text: the template escapes them, so markup inside an answer is shown, never run.
 */
public final class AnswerHighlighter {

    private AnswerHighlighter() {
    }

    /** A piece of the answer; {@code criteria} names the criteria whose evidence covers it (empty: none). */
    @TemplateData
    public record Segment(String text, List<String> criteria) {
        public boolean marked() {
            return !criteria.isEmpty();
        }

        public String title() {
            return String.join(", ", criteria);
        }
    }

    public static List<Segment> segments(String answer, Map<String, List<String>> evidenceByCriterion) {
        int n = answer.length();
        List<TreeSet<String>> cover = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cover.add(null);
        }
        String folded = answer.toLowerCase(Locale.ROOT);
        evidenceByCriterion.forEach((criterion, quotes) -> {
            for (String quote : quotes) {
                String q = quote == null ? "" : quote.strip().toLowerCase(Locale.ROOT);
                if (q.isEmpty() || q.length() != quote.strip().length()) {
                    continue;
                }
                for (int at = folded.indexOf(q); at >= 0; at = folded.indexOf(q, at + q.length())) {
                    for (int i = at; i < at + q.length() && i < n; i++) {
                        if (cover.get(i) == null) {
                            cover.set(i, new TreeSet<>());
                        }
                        cover.get(i).add(criterion);
                    }
                }
            }
        });
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || !same(cover.get(i), cover.get(start))) {
                TreeSet<String> c = cover.get(start);
                segments.add(new Segment(answer.substring(start, i), c == null ? List.of() : List.copyOf(c)));
                start = i;
            }
        }
        return segments;
    }

    private static boolean same(TreeSet<String> a, TreeSet<String> b) {
        return a == null ? b == null : a.equals(b);
    }
}
