package dev.viva.grading.offline;

import dev.viva.text.Sentences;
import dev.viva.text.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An answer split into its distinct sentences (repeats count once), each marked as a statement or
 * a bare list of terms, and as adding something beyond the question or only echoing it.
 */
record AnalysedAnswer(List<String> sentences, List<Boolean> statement, List<Boolean> echo, int words,
        Set<String> countedStems) {

    /** Share of a sentence's content words that must be new (not in the question) for it to count. */
    private static final double MIN_NOVEL_SHARE = 0.25;

    static AnalysedAnswer of(String answer, String question) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String s : Sentences.split(answer)) {
            distinct.putIfAbsent(s.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").trim(), s);
        }
        Set<String> questionStems = Words.contentStems(question == null ? "" : question);
        List<String> sentences = new ArrayList<>(distinct.values());
        List<Boolean> statement = new ArrayList<>();
        List<Boolean> echo = new ArrayList<>();
        Set<String> counted = new HashSet<>();
        for (String s : sentences) {
            boolean isStatement = Words.isStatement(s);
            Set<String> stems = Words.contentStems(s);
            long novel = stems.stream().filter(w -> !questionStems.contains(w)).count();
            boolean isEcho = stems.isEmpty() || novel < 1 || (double) novel / stems.size() < MIN_NOVEL_SHARE;
            statement.add(isStatement);
            echo.add(isEcho);
            if (isStatement && !isEcho) {
                counted.addAll(stems);
            }
        }
        return new AnalysedAnswer(List.copyOf(sentences), List.copyOf(statement), List.copyOf(echo),
                Words.count(answer == null ? "" : answer), Set.copyOf(counted));
    }

    boolean counts(int i) {
        return statement.get(i) && !echo.get(i);
    }

    boolean anyCounted() {
        for (int i = 0; i < sentences.size(); i++) {
            if (counts(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether most of the answer is bare lists of terms rather than statements. */
    boolean mostlyTermLists() {
        long lists = statement.stream().filter(s -> !s).count();
        return lists > 0 && lists * 2 >= sentences.size();
    }
}
