package dev.viva.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an answer into sentences that are exact substrings of it, so that any sentence can be
 * quoted as evidence verbatim. Boundaries: ". ", "! ", "? ", line breaks, list bullets.
 */
public final class Sentences {

    /** End of a sentence: terminal punctuation followed by space, or one or more line breaks. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<!\\b(?:e\\.g|i\\.e|etc|vs)\\.)(?<=[.!?])\\s+|\\s*\\n\\s*");
    private static final Pattern TRIM = Pattern.compile("^[\\s\\-*•>#]+|\\s+$");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            add(out, text.substring(start, m.start()));
            start = m.end();
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String piece) {
        String trimmed = TRIM.matcher(piece).replaceAll("");
        if (trimmed.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(trimmed);
        }
    }
}
