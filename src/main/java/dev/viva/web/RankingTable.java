package dev.viva.web;

import dev.viva.screening.ranking.Ranking;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ranking as the screening page's table, sorted on the server (header links, so it works without
 * scripts): by rank, candidate, score, or one question's score (q1, q2, ...). Empty cells (no rank, no
 * score yet) come last in either direction; equal cells keep the ranking's order.
 */
final class RankingTable {

    private static final Pattern ALIAS = Pattern.compile("Candidate ([0-9]{1,9})");
    private static final Pattern QUESTION = Pattern.compile("q([0-9]{1,2})");

    @TemplateData
    record Column(String label, String href, String ariaSort, String arrow) {
    }

    @TemplateData
    record Cell(String score, String status, String evaluationId) {
    }

    @TemplateData
    record Row(String rank, String candidate, String href, String score, boolean complete, boolean needsReview,
            String decision, List<Cell> questions) {
    }

    @TemplateData
    record Table(List<Column> columns, List<Row> rows, String sort, String dir) {
    }

    private RankingTable() {
    }

    static Table of(String screeningPath, List<String> questionIds, Ranking ranking, String sortParam, String dirParam) {
        String sort = sortParam == null ? "rank" : sortParam;
        Comparator<Ranking.Item> order = switch (sort) {
            case "candidate" -> nullsLast(Ranking.Item::candidateRef, RankingTable::byName, dirParam, "asc");
            case "score" -> nullsLast(Ranking.Item::score, Comparator.naturalOrder(), dirParam, "desc");
            case "rank" -> null;
            default -> questionOrder(sort, questionIds.size(), dirParam);
        };
        if (order == null) {
            sort = "rank";
            order = nullsLast(Ranking.Item::rank, Comparator.naturalOrder(), dirParam, "asc");
        }
        String dir = direction(dirParam, defaultDir(sort));
        List<Ranking.Item> items = new ArrayList<>(ranking.items());
        items.sort(order); // List.sort is stable: ties keep the ranking's order

        List<Column> columns = new ArrayList<>();
        columns.add(column("Rank", "rank", sort, dir, screeningPath));
        columns.add(column("Candidate", "candidate", sort, dir, screeningPath));
        columns.add(column("Score", "score", sort, dir, screeningPath));
        for (int n = 1; n <= questionIds.size(); n++) {
            columns.add(column("Q" + n + " " + questionIds.get(n - 1), "q" + n, sort, dir, screeningPath));
        }
        List<Row> rows = items.stream().map(i -> new Row(i.rank() == null ? "" : i.rank().toString(),
                i.candidateRef(), screeningPath + "/candidates/" + Html.segment(i.candidateRef()),
                i.complete() ? EvaluationPageModel.text(i.score())
                        : (i.partialScore() == null ? "" : "(" + EvaluationPageModel.text(i.partialScore()) + " so far)"),
                i.complete(), i.needsReview(), i.decision() == null ? "" : i.decision(),
                i.questions().stream().map(q -> new Cell(q.score() == null ? null : EvaluationPageModel.text(q.score()), q.status(),
                        q.evaluationId() == null ? null : q.evaluationId().toString())).toList())).toList();
        return new Table(columns, rows, sort, dir);
    }

    private static Comparator<Ranking.Item> questionOrder(String sort, int questions, String dirParam) {
        Matcher m = QUESTION.matcher(sort);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        if (n < 1 || n > questions) {
            return null;
        }
        Function<Ranking.Item, BigDecimal> score = i -> i.questions().get(n - 1).score();
        return nullsLast(score, Comparator.naturalOrder(), dirParam, "desc");
    }

    private static Column column(String label, String key, String sort, String dir, String path) {
        boolean sorted = key.equals(sort);
        String next = sorted ? (dir.equals("asc") ? "desc" : "asc") : defaultDir(key);
        return new Column(label, path + "?sort=" + key + "&dir=" + next,
                sorted ? (dir.equals("asc") ? "ascending" : "descending") : null,
                sorted ? (dir.equals("asc") ? "▲" : "▼") : "");
    }

    /** Scores read best first; rank and names from the top. */
    private static String defaultDir(String key) {
        return key.equals("rank") || key.equals("candidate") ? "asc" : "desc";
    }

    private static String direction(String dirParam, String fallback) {
        return "asc".equals(dirParam) || "desc".equals(dirParam) ? dirParam : fallback;
    }

    private static <T> Comparator<Ranking.Item> nullsLast(Function<Ranking.Item, T> key, Comparator<T> natural,
            String dirParam, String fallback) {
        Comparator<T> inDirection = direction(dirParam, fallback).equals("asc") ? natural : natural.reversed();
        return Comparator.comparing(key, Comparator.nullsLast(inDirection));
    }

    /** "Candidate 2" before "Candidate 10"; references alphabetically, ignoring case. */
    static int byName(String a, String b) {
        Matcher ma = ALIAS.matcher(a);
        Matcher mb = ALIAS.matcher(b);
        if (ma.matches() && mb.matches()) {
            return Integer.compare(Integer.parseInt(ma.group(1)), Integer.parseInt(mb.group(1)));
        }
        return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
    }
}
