package dev.viva.question.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable question ids and the token normalisation used to compare question texts. The slug rule is
 * fixed (ids are cited by rubrics and stored evaluations): ASCII-fold, lower-case, spell "Node.js" and
 * "Express.js" as one word, drop stop words, keep the first six words.
 */
public final class Slugs {

    static final Set<String> STOP_WORDS = Set.of(("a an the and or of in on to for with is are do does you your can"
            + " could if so any some it its this that than then be from by as at me we i briefly explain describe"
            + " provide give example there their them they did was were will would other about into please tell")
            .split(" "));

    private static final int MAX_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern NODE_JS = Pattern.compile("node\\.?js");
    private static final Pattern EXPRESS_JS = Pattern.compile("express\\.?js");

    private Slugs() {
    }

    public static String slug(String text) {
        List<String> words = contentWords(text);
        return String.join("-", words.subList(0, Math.min(MAX_WORDS, words.size())));
    }

    /** Every word of the text, folded to ASCII and lower case, in order. */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "")
                .toLowerCase(java.util.Locale.ROOT);
        folded = NODE_JS.matcher(folded).replaceAll("nodejs");
        folded = EXPRESS_JS.matcher(folded).replaceAll("expressjs");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The words that carry meaning: {@link #words} without stop words. */
    public static List<String> contentWords(String text) {
        return words(text).stream().filter(w -> !STOP_WORDS.contains(w)).toList();
    }

    /** Two texts are the same question when their words are the same, whatever the case and punctuation. */
    public static String sameTextKey(String text) {
        return String.join(" ", words(text));
    }

    /** Jaccard similarity of the content-word sets of two texts, 0..1. */
    public static double similarity(String a, String b) {
        Set<String> left = new HashSet<>(contentWords(a));
        Set<String> right = new HashSet<>(contentWords(b));
        if (left.isEmpty() && right.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return (double) left.size() / union.size();
    }
}
