package dev.viva.grading;

import com.ibm.icu.text.SpoofChecker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways text is hidden from a reader but not from a model, each undone so that the guard can read
 * it: look-alike letters (the UTS #39 confusable skeleton, through ICU4J), Unicode tag characters,
 * base64 runs, spaced-out letters, ROT13, text reversed by a bidi override, and digits for letters.
 */
final class HiddenText {

    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");
    private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}])(\\p{L} {1,3}){5,}\\p{L}(?![\\p{L}])");
    private static final Pattern DIGITS_AND_LETTERS = Pattern.compile("\\b(?=\\w*\\d)(?=\\w*[a-zA-Z])\\w+\\b");
    private static final Pattern REVERSED = Pattern.compile("\\u202E([^\\u202C]*)\\u202C?");

    private HiddenText() {
    }

    /** A piece of text as hidden in the answer, undone; {@code start}/{@code end} locate where it was hidden. */
    record Revealed(int start, int end, String text) {
    }

    /**
     * The text with each non-ASCII letter replaced by the ASCII letter it imitates, where there is one;
     * every other character stays, so offsets are those of the input.
     */
    static String withoutLookAlikes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || !Character.isLetter(c)) {
                out.append(c);
                continue;
            }
            String skeleton = SKELETONS.getSkeleton(String.valueOf(c));
            out.append(skeleton.length() == 1 && skeleton.charAt(0) < 0x80 ? skeleton.charAt(0) : c);
        }
        return out.toString();
    }

    /** Text spelled in Unicode tag characters (U+E0020..U+E007E), which render as nothing. */
    static String tagText(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().filter(cp -> cp >= 0xE0020 && cp <= 0xE007E).forEach(cp -> out.append((char) (cp - 0xE0000)));
        return out.toString();
    }

    /** Everything hidden in the text that can be undone here, with where it was hidden. */
    static List<Revealed> reveal(String text) {
        List<Revealed> found = new ArrayList<>();
        Matcher b64 = BASE64.matcher(text);
        while (b64.find()) {
            decodeBase64(b64.group()).ifPresent(decoded -> found.add(new Revealed(b64.start(), b64.end(), decoded)));
        }
        Matcher spaced = SPACED.matcher(text);
        while (spaced.find()) {
            // one space between letters, more between words
            String letters = spaced.group().replaceAll(" {2,}", "\u0000").replace(" ", "").replace('\u0000', ' ');
            found.add(new Revealed(spaced.start(), spaced.end(), letters));
        }
        Matcher reversed = REVERSED.matcher(text);
        while (reversed.find()) {
            found.add(new Revealed(reversed.start(), reversed.end(),
                    new StringBuilder(reversed.group(1)).reverse().toString()));
        }
        return found;
    }

    private static java.util.Optional<String> decodeBase64(String run) {
        try {
            String decoded = new String(Base64.getDecoder().decode(run), StandardCharsets.UTF_8);
            long printable = decoded.chars().filter(c -> c >= 0x20 && c < 0x7F).count();
            return printable >= decoded.length() * 0.9 && decoded.contains(" ")
                    ? java.util.Optional.of(decoded) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** ROT13, which keeps every offset. */
    static String rot13Of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** 1gn0r3 -> ignore, only inside words that mix digits and letters; keeps every offset. */
    static String digitsAsLettersIn(String text) {
        Matcher word = DIGITS_AND_LETTERS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String w = word.group().replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a')
                    .replace('5', 's').replace('7', 't');
            word.appendReplacement(out, Matcher.quoteReplacement(w));
        }
        word.appendTail(out);
        return out.toString();
    }
}
