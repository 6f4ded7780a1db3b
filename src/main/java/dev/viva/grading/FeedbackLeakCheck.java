package dev.viva.grading;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the answer key out of learner feedback: a text leaks when it shares a run of six or more
 * consecutive words (case and punctuation ignored) with the model answer or a criterion's description.
 */
public final class FeedbackLeakCheck {

    public static final int RUN = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final Set<String> keyRuns;

    private FeedbackLeakCheck(Set<String> keyRuns) {
        this.keyRuns = keyRuns;
    }

    /** The answer key of a question: its model answer and the descriptions of its rubric's criteria. */
    public static FeedbackLeakCheck against(String modelAnswer, Rubric rubric) {
        List<String> key = new ArrayList<>();
        if (modelAnswer != null) {
            key.add(modelAnswer);
        }
        rubric.criteria().stream().map(Criterion::description).forEach(key::add);
        Set<String> runs = new HashSet<>();
        key.forEach(text -> runs.addAll(runs(text)));
        return new FeedbackLeakCheck(runs);
    }

    public boolean leaks(String text) {
        return text != null && runs(text).stream().anyMatch(keyRuns::contains);
    }

    public boolean leaks(Feedback feedback) {
        return feedback.strengths().stream().anyMatch(this::leaks) || feedback.missing().stream().anyMatch(this::leaks)
                || leaks(feedback.nextStep());
    }

    /** The feedback without the sentences that leak (an item left empty is dropped). */
    public Feedback withoutLeaks(Feedback feedback) {
        return new Feedback(clean(feedback.strengths()), clean(feedback.missing()),
                feedback.nextStep() == null ? null : emptyToNull(clean(feedback.nextStep())));
    }

    private List<String> clean(List<String> items) {
        return items.stream().map(this::clean).filter(s -> !s.isBlank()).toList();
    }

    private String clean(String text) {
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!leaks(sentence)) {
                kept.append(kept.isEmpty() ? "" : " ").append(sentence);
            }
        }
        return kept.toString();
    }

    private static String emptyToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static List<String> runs(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
