package dev.viva.grading.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.grading.GradingInput;
import dev.viva.rubric.model.Criterion;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The data that fills the grading prompt: the rubric criteria as JSON and the answer fenced by a
 * delimiter line that is random for every call, so an answer cannot close the fence itself, and
 * datamarked (Hines et al. 2024, "spotlighting"): every run of whitespace in the answer is written as
 * a marker character, so that the model can tell the data from instructions everywhere inside it.
 * Quotes come back marked or not; {@link #unmark} turns them into the candidate's text again.
 */
public record GradingPrompt(String questionText, String modelAnswer, String criteria, String fence, String marker,
        String answer, String feedbackLanguage) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Markers in order of preference: the first that the answer does not contain is used. */
    static final List<String> MARKERS = List.of("\u02C6", "\u00A6", "\u2016", "\u00A4");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** A criterion as the model sees it: no weight (the model never scores) and no learner hint. */
    record PromptCriterion(String id, String kind, String description, List<String> examples) {
    }

    static GradingPrompt of(GradingInput input, ObjectMapper json) {
        List<PromptCriterion> criteria = input.rubric().criteria().stream().map(GradingPrompt::forPrompt).toList();
        try {
            String answer = input.answer() == null ? "" : input.answer();
            String marker = markerFor(answer);
            return new GradingPrompt(orNone(input.questionText()), orNone(input.modelAnswer()),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(criteria), newFence(), marker,
                    mark(answer, marker), languageName(input.feedbackLanguage()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write rubric " + input.rubric().questionId() + " as JSON", e);
        }
    }

    /** The first marker the answer does not contain (an answer that holds all four gets quotes that fail the check). */
    static String markerFor(String answer) {
        return MARKERS.stream().filter(m -> !answer.contains(m)).findFirst().orElse(MARKERS.getFirst());
    }

    static String mark(String answer, String marker) {
        return WHITESPACE.matcher(answer.strip()).replaceAll(java.util.regex.Matcher.quoteReplacement(marker));
    }

    /** A quote as the candidate wrote it: markers back to spaces (the evidence check folds whitespace). */
    String unmark(String quote) {
        return quote == null ? null : quote.replace(marker, " ");
    }

    /** "German (de)" for "de"; English when none was asked for. */
    static String languageName(String tag) {
        if (tag == null || tag.isBlank()) {
            return "English (en)";
        }
        String name = java.util.Locale.forLanguageTag(tag).getDisplayName(java.util.Locale.ENGLISH);
        return (name.isBlank() ? tag : name) + " (" + tag + ")";
    }

    static String newFence() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "ANSWER-" + HexFormat.of().formatHex(bytes);
    }

    private static PromptCriterion forPrompt(Criterion c) {
        return new PromptCriterion(c.id(), c.kind().name().toLowerCase(java.util.Locale.ROOT), c.description(),
                c.examples());
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "(none)" : text;
    }
}
