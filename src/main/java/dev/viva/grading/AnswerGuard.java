package dev.viva.grading;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector of text that addresses the grader (instructions, fake verdicts, role markers, imitated
 * delimiters, pleas about the grade), in several languages and however it is hidden
 * ({@link HiddenText}). What it finds is cut from the text the grader sees, recorded exactly, and
 * flagged for a person. It is not the defence: a grade must not depend on it having found anything
 * (the evidence check refuses quotes that are not the candidate's own words).
 */
@ApplicationScoped
public class AnswerGuard {

    @WithSpan("viva.guard")
    public GuardedAnswer inspect(String answer) {
        String nfkc = Normalizer.normalize(answer, Normalizer.Form.NFKC);
        // position[i]: where nfkc's char i lands in the normalised text, which drops format characters
        int[] position = new int[nfkc.length() + 1];
        StringBuilder kept = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            int width = Character.charCount(cp);
            for (int k = 0; k < width; k++) {
                position[i + k] = kept.length();
            }
            if (Character.getType(cp) != Character.FORMAT) {
                kept.appendCodePoint(cp);
            }
            i += width;
        }
        position[nfkc.length()] = kept.length();
        String normalised = kept.toString();

        List<String> findings = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        String lookAlikesUndone = HiddenText.withoutLookAlikes(normalised);
        for (String view : List.of(normalised, lookAlikesUndone, HiddenText.rot13Of(lookAlikesUndone),
                HiddenText.digitsAsLettersIn(lookAlikesUndone))) {
            detect(normalised, view, findings, spans);
        }
        for (HiddenText.Revealed hidden : hiddenIn(nfkc)) {
            if (addressesTheGrader(hidden.text())) {
                int from = position[hidden.start()];
                int to = position[Math.min(hidden.end(), nfkc.length())];
                findings.add("hidden text, read as: " + hidden.text().strip());
                spans.add(segmentAround(normalised, from, Math.max(from, to)));
            }
        }
        widenToBlocks(normalised, spans);
        widenToDataLines(normalised, spans);
        List<Removal> removed = merged(normalised, spans);
        return new GuardedAnswer(normalised, without(normalised, removed), List.copyOf(findings), removed);
    }

    /**
     * Blocks an attacker frames as not being the answer: a fake system or instruction block, an
     * armoured note, and whatever follows a fake end of the answer until it is said to begin again.
     */
    private static final List<Pattern> BLOCKS = List.of(
            Pattern.compile("(?is)<<\\s*SYS\\s*>>.*?(<</\\s*SYS\\s*>>|\\z)"),
            Pattern.compile("(?is)\\[INST\\].*?(\\[/INST\\]|\\z)"),
            Pattern.compile("(?is)<\\|im_start\\|>.*?(<\\|im_end\\|>|\\z)"),
            Pattern.compile("(?is)<(instructions?|system|prompt)>.*?(</\\1>|\\z)"),
            Pattern.compile("(?is)-{3,}\\s*BEGIN [^\\n]*?-{3,}.*?(-{3,}\\s*END [^\\n]*?-{3,}|\\z)"),
            Pattern.compile("(?is)(<{3}\\s*END[^>\\n]*>{3}|-{3,}\\s*END (OF )?(THE )?(CANDIDATE'?S? )?ANSWER\\s*-{3,}"
                    + "|</answer>|\\bEND[ _-]OF[ _-](ANSWER|INPUT)\\b).*?(<{3}\\s*BEGIN[^>\\n]*>{3}|<answer>|\\z)"));

    /** A block that holds a finding is cut whole: its other lines are the attacker's too. */
    private static void widenToBlocks(String text, List<int[]> spans) {
        List<int[]> found = List.copyOf(spans);
        for (Pattern block : BLOCKS) {
            Matcher m = block.matcher(text);
            while (m.find()) {
                int from = m.start();
                int to = m.end();
                if (found.stream().anyMatch(span -> span[0] < to && span[1] > from)) {
                    spans.add(new int[] {from, to});
                }
            }
        }
    }

    /** Findings in a view of the text whose offsets are those of {@code normalised}. */
    private static void detect(String normalised, String view, List<String> findings, List<int[]> spans) {
        for (Pattern pattern : GraderAddressPatterns.PATTERNS) {
            Matcher m = pattern.matcher(view);
            while (m.find()) {
                findings.add(normalised.substring(m.start(), m.end()).strip());
                spans.add(segmentAround(normalised, m.start(), m.end()));
            }
        }
        int start = 0;
        for (int i = 0; i <= view.length(); i++) {
            if (i == view.length() || isSegmentEnd(view, i)) {
                if (GraderAddressPatterns.talksAboutTheGrade(view.substring(start, i))) {
                    findings.add(normalised.substring(start, i).strip());
                    spans.add(segmentAround(normalised, start, i));
                }
                start = i + 1;
            }
        }
    }

    private static List<HiddenText.Revealed> hiddenIn(String nfkc) {
        List<HiddenText.Revealed> hidden = new ArrayList<>(HiddenText.reveal(nfkc));
        String tags = HiddenText.tagText(nfkc);
        if (!tags.isBlank()) {
            int first = firstTag(nfkc);
            hidden.add(new HiddenText.Revealed(first, nfkc.length(), tags));
        }
        return hidden;
    }

    private static int firstTag(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            if (cp >= 0xE0000 && cp <= 0xE007F) {
                return i;
            }
        }
        return 0;
    }

    private static boolean addressesTheGrader(String text) {
        return GraderAddressPatterns.foundIn(HiddenText.withoutLookAlikes(text));
    }

    /** The sentence or line that holds a finding: that whole segment is cut out. */
    private static int[] segmentAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !isSegmentEnd(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !isSegmentEnd(text, to)) {
            to++;
        }
        return new int[] {from, Math.min(text.length(), to + 1)};
    }

    /** A line break, or a full stop, exclamation or question mark that ends a sentence (not the dot in "Node.js"). */
    private static boolean isSegmentEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static final Pattern DATA_LINE = Pattern.compile("^\\s*([{}\\[\\]\"'|`#*>-]|[\\w.-]+\\s*[:=])");

    /**
     * The lines around a finding that are not prose once it is cut (the rest of a fake verdict in
     * JSON, YAML or a table: braces, keys, criterion ids, short fragments) are cut with it: they
     * belong to the attack. The run stops at the first line that is a sentence.
     */
    private static void widenToDataLines(String text, List<int[]> spans) {
        List<int[]> found = List.copyOf(spans);
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            int[] line = lines.get(k);
            if (found.stream().noneMatch(span -> span[0] < line[1] && span[1] > line[0])) {
                continue;
            }
            int first = k;
            while (first > 0 && !isProse(text, lines.get(first - 1), found)) {
                first--;
            }
            int last = k;
            while (last + 1 < lines.size() && !isProse(text, lines.get(last + 1), found)) {
                last++;
            }
            if (first < k || last > k) {
                spans.add(new int[] {lines.get(first)[0], Math.min(text.length(), lines.get(last)[1] + 1)});
            }
        }
    }

    /** Whether what is left of a line after the cuts is a sentence of four or more words, not data. */
    private static boolean isProse(String text, int[] line, List<int[]> cut) {
        StringBuilder left = new StringBuilder();
        for (int k = line[0]; k < line[1]; k++) {
            int at = k;
            if (cut.stream().noneMatch(span -> span[0] <= at && at < span[1])) {
                left.append(text.charAt(k));
            }
        }
        String rest = left.toString().strip();
        return !rest.isEmpty() && !DATA_LINE.matcher(rest).find() && rest.split("\\s+").length >= 4;
    }

    /** The segments to cut, overlapping ones merged, in text order, each with its exact text. */
    private static List<Removal> merged(String text, List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Removal> removals = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (int[] span : sorted) {
            if (from >= 0 && span[0] <= to) {
                to = Math.max(to, span[1]);
                continue;
            }
            if (from >= 0) {
                removals.add(new Removal(from, to, text.substring(from, to)));
            }
            from = span[0];
            to = span[1];
        }
        if (from >= 0) {
            removals.add(new Removal(from, to, text.substring(from, to)));
        }
        return List.copyOf(removals);
    }

    /**
     * The text without the removed segments. Each cut leaves a line break, so the text on either side
     * of it is never joined into a sentence the candidate did not write.
     */
    private static String without(String text, List<Removal> removals) {
        if (removals.isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int at = 0;
        for (Removal r : removals) {
            kept.append(text, at, r.start()).append('\n');
            at = r.end();
        }
        kept.append(text.substring(at));
        return kept.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n[ \t]+", "\n")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    /** A cut segment: {@code text} is exactly {@code normalised.substring(start, end)}. */
    public record Removal(int start, int end, String text) {
    }

    /**
     * @param normalised what the candidate wrote, Unicode-normalised, invisible characters removed
     * @param gradable   the text that is graded: {@code normalised} without the segments that address the grader
     * @param findings   the text that addressed the grader, for the reviewer
     * @param removed    what was cut from {@code normalised}, exactly, with offsets
     */
    public record GuardedAnswer(String normalised, String gradable, List<String> findings, List<Removal> removed) {

        public boolean injectionSuspected() {
            return !findings.isEmpty();
        }
    }
}
