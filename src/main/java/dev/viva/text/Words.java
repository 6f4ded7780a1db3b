package dev.viva.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level features: tokens, function words, content stems, negation cues, statement shape. */
public final class Words {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_'.-]*[A-Za-z0-9]|[A-Za-z0-9]");

    /** English function words (closed classes): their share tells prose from a keyword list. */
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "this", "that", "these", "those", "it", "its",
            "they", "them", "their", "we", "our", "you", "your", "he", "she", "his", "her", "i", "me", "my", "is",
            "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "can",
            "could", "will", "would", "shall", "should", "may", "might", "must", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "as", "into", "onto", "about", "than", "then", "so", "if", "when", "while",
            "because", "since", "which", "who", "whom", "whose", "what", "where", "how", "why", "not", "no", "but",
            "or", "and", "also", "there", "here", "all", "each", "any", "some", "such", "other", "only", "just",
            "very", "more", "most", "until", "before", "after", "between", "through", "over", "under", "up", "out",
            "both", "either", "neither", "nor", "whether", "like", "via", "one", "same", "own", "let", "lets");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nothing", "neither", "nor",
            "cannot", "can't", "don't", "doesn't", "isn't", "aren't", "won't", "wasn't", "weren't", "shouldn't",
            "wouldn't", "couldn't", "didn't", "without", "hardly");

    /** Auxiliaries and very common verbs: one of them, or a finite-looking verb, makes a statement. */
    private static final Set<String> VERB_CUES = Set.of("is", "are", "was", "were", "be", "been", "am", "do",
            "does", "did", "has", "have", "had", "can", "could", "will", "would", "should", "may", "might", "must",
            "means", "uses", "use", "runs", "run", "allows", "allow", "lets", "makes", "make", "gets", "get",
            "handles", "handle", "provides", "provide", "keeps", "stores", "store", "returns", "return", "calls",
            "call", "executes", "execute", "reads", "read", "writes", "write", "sends", "send", "creates",
            "create", "takes", "take", "gives", "give", "need", "needs", "works", "work", "happens", "processes",
            "process", "waits", "wait", "blocks", "block", "shares", "share", "spawns", "spawn", "contains",
            "contain", "requires", "require", "helps", "help");

    private Words() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    public static int count(String text) {
        return tokens(text).size();
    }

    /** Stems of the content words (not function words), in order of appearance. */
    public static Set<String> contentStems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens(text)) {
            if (!FUNCTION_WORDS.contains(t) && !NEGATIONS.contains(t) && t.length() > 1) {
                out.add(stem(t));
            }
        }
        return out;
    }

    /** A light suffix stripper: enough to match "blocks"/"blocking"/"blocked" and "processes"/"process". */
    public static String stem(String word) {
        String w = word.replace("'", "");
        for (String suffix : new String[] {"ational", "ization", "ations", "ation", "ingly", "ments", "ment",
                "ness", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                String base = w.substring(0, w.length() - suffix.length());
                return suffix.startsWith("i") && (suffix.equals("ies") || suffix.equals("ied")) ? base + "y" : base;
            }
        }
        return w;
    }

    /** Whether the text contains a negation cue ("not", "never", "doesn't", "without" ...). */
    public static boolean negated(String text) {
        return tokens(text).stream().anyMatch(NEGATIONS::contains);
    }

    /**
     * Whether the text reads as a statement rather than a bare list of terms. A list of terms has
     * several comma-separated short items, hardly any function words and no verb-like word.
     */
    public static boolean isStatement(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return false;
        }
        long function = tokens.stream().filter(FUNCTION_WORDS::contains).count();
        double functionShare = (double) function / tokens.size();
        boolean verbLike = tokens.stream().anyMatch(t -> VERB_CUES.contains(t)
                || (t.endsWith("s") && !t.endsWith("ss") && t.length() > 3 && !FUNCTION_WORDS.contains(t)
                        && tokens.indexOf(t) > 0)
                || t.endsWith("ed") || t.endsWith("n't"));
        String[] items = text.split("[,;/]|\\band\\b");
        double wordsPerItem = (double) tokens.size() / items.length;
        boolean listShaped = items.length >= 3 && wordsPerItem <= 3.5;
        if (listShaped && functionShare < 0.2) {
            return false;
        }
        return functionShare >= 0.12 || (verbLike && tokens.size() >= 3);
    }
}
