package dev.viva.rubric.offline;

import dev.viva.text.Sentences;
import dev.viva.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a model answer into atomic claims: sentences, list items, table rows, and clauses joined by
 * ";" or "and" when each half is a statement of its own. Code blocks, headings, markup, emojis and
 * labels such as "Example:" are dropped.
 */
public final class ClaimExtractor {

    static final int MAX_WORDS = 40;
    private static final int MIN_WORDS = 3;
    private static final Pattern FENCE = Pattern.compile("(?s)```.*?(```|$)|~~~.*?(~~~|$)");
    /** Headings, bold-only lines and lead-ins that end with a colon ("Here is an overview:") claim nothing. */
    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,6}\\s.*|\\*{2,3}[^*]+\\*{2,3}\\s*|.{1,160}:\\s*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*+•>]|\\d+[.)])\\s+");
    private static final Pattern LABEL = Pattern.compile("^\\s*([A-Z][\\w .&/()'-]{0,40}):\\s+(?=\\S)");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Cs}\\x{FE0F}\\x{200D}]|\\*\\*|__|`");
    private static final Set<String> SUBJECTS = Set.of("it", "they", "this", "that", "these", "those", "the", "a",
            "an", "we", "you", "he", "she", "there", "node", "node.js", "i", "each", "every", "its", "their");

    private ClaimExtractor() {
    }

    public static List<String> claims(String modelAnswer) {
        List<String> claims = new ArrayList<>();
        if (modelAnswer == null) {
            return claims;
        }
        String text = FENCE.matcher(modelAnswer).replaceAll("\n");
        boolean tableHeaderSeen = false;
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty() || looksLikeCode(line)) {
                tableHeaderSeen = false;
                continue;
            }
            if (line.startsWith("|")) {
                if (TABLE_RULE.matcher(line).matches()) {
                    continue;
                }
                if (!tableHeaderSeen) {
                    tableHeaderSeen = true; // the header row names columns, it claims nothing
                    continue;
                }
                addClaim(claims, tableRow(line));
                continue;
            }
            tableHeaderSeen = false;
            if (HEADING.matcher(line).matches()) {
                continue;
            }
            line = BULLET.matcher(line).replaceFirst("");
            line = SYMBOLS.matcher(line).replaceAll("").strip();
            line = LABEL.matcher(line).replaceFirst("");
            for (String sentence : Sentences.split(line)) {
                for (String clause : clauses(sentence)) {
                    addClaim(claims, clause);
                }
            }
        }
        return claims;
    }

    /** "a; b" and "a, and b" become two claims when both halves are statements of at least four words. */
    static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        for (String part : sentence.split(";\\s+")) {
            String[] halves = part.split(",?\\s+and\\s+(?=\\S)", 2);
            if (halves.length == 2 && Words.count(halves[0]) >= 4 && Words.count(halves[1]) >= 4
                    && SUBJECTS.contains(Words.tokens(halves[1]).get(0)) && Words.isStatement(halves[1])) {
                out.add(halves[0]);
                out.addAll(clauses(halves[1]));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static void addClaim(List<String> claims, String candidate) {
        String claim = candidate.strip().replaceAll("\\s+", " ");
        claim = claim.replaceAll("^[,;:\\-]+\\s*", "");
        if (Words.count(claim) < MIN_WORDS) {
            return;
        }
        if (Words.count(claim) > MAX_WORDS) {
            splitLong(claims, claim);
            return;
        }
        claims.add(capitalised(claim));
    }

    /** A run-on claim is cut at commas into pieces of at most {@link #MAX_WORDS} words. */
    private static void splitLong(List<String> claims, String claim) {
        StringBuilder piece = new StringBuilder();
        for (String part : claim.split("(?<=,)\\s+")) {
            if (piece.length() > 0 && Words.count(piece + " " + part) > MAX_WORDS) {
                claims.add(capped(piece.toString().replaceAll(",$", ".")));
                piece.setLength(0);
            }
            piece.append(piece.length() > 0 ? " " : "").append(part);
        }
        if (Words.count(piece.toString()) >= MIN_WORDS) {
            claims.add(capped(piece.toString()));
        }
    }

    /** A piece with no comma to cut at keeps its first words only: a draft for a reviewer, not a quote. */
    private static String capped(String piece) {
        List<String> words = List.of(piece.split("\\s+"));
        String out = piece;
        for (int keep = Math.min(words.size(), MAX_WORDS); Words.count(out) > MAX_WORDS; keep -= 5) {
            out = String.join(" ", words.subList(0, keep));
        }
        return capitalised(out);
    }

    private static String tableRow(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\\|")) {
            String c = SYMBOLS.matcher(cell).replaceAll("").strip();
            if (!c.isEmpty()) {
                cells.add(c);
            }
        }
        return cells.isEmpty() ? "" : cells.get(0) + ": " + String.join("; ", cells.subList(1, cells.size()));
    }

    private static boolean looksLikeCode(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return line.endsWith(";") || line.endsWith("{") || line.equals("}") || line.startsWith("}")
                || line.startsWith("//") || l.startsWith("const ") || l.startsWith("let ") || l.startsWith("var ")
                || l.startsWith("import ") || l.startsWith("function ") || l.contains("=>") || l.contains("();")
                || l.startsWith("$ ") || l.startsWith("npm ");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
