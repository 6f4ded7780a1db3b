package dev.viva.grading.llm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An answer as the grading prompt carries it: between fence lines and datamarked (whitespace as a marker). */
public final class AsTheModelSeesIt {

    private static final Pattern FENCED = Pattern.compile("(?ms)^(ANSWER-[0-9a-f]{16})\\n(.*)\\n\\1$");
    private static final Pattern MARKER = Pattern.compile("is written as the marker (\\S+)\\.");

    private AsTheModelSeesIt() {
    }

    /** A phrase of an answer as it appears in the request, for matching a stub on it. */
    public static String marked(String phrase) {
        return GradingPrompt.mark(phrase, GradingPrompt.markerFor(phrase));
    }

    /** The fenced text of a grading prompt, exactly as sent (still marked). */
    public static String fencedAsSent(String userMessage) {
        Matcher m = FENCED.matcher(userMessage);
        if (!m.find()) {
            throw new AssertionError("No fenced answer in: " + userMessage);
        }
        return m.group(2);
    }

    /** The marker the prompt names. */
    public static String marker(String userMessage) {
        Matcher m = MARKER.matcher(userMessage);
        if (!m.find()) {
            throw new AssertionError("The prompt names no marker: " + userMessage);
        }
        return m.group(1);
    }

    /** The fenced answer with its markers read as spaces. */
    public static String fencedAnswer(String userMessage) {
        return fencedAsSent(userMessage).replace(marker(userMessage), " ");
    }
}
