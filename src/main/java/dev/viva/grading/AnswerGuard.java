package dev.viva.grading;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Treats the answer as data: normalises its Unicode and finds text that addresses the grader
 * (instructions, fake verdicts, role markers, imitated delimiters). Such segments are cut out before
 * grading, so they can never raise a grade, and the evaluation is flagged for a person.
 */
@ApplicationScoped
public class AnswerGuard {

    /** Invisible characters used to hide text from a reader: zero-width, bidi controls, BOM. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]");

    private static final List<Pattern> ADDRESSES_GRADER = List.of(
            // instructions aimed at the grader or the model
            Pattern.compile("(?i)\\b(ignore|disregard|forget|override)\\b[^.\\n]{0,40}\\b(previous|prior|above|earlier|all|any|the)\\b[^.\\n]{0,30}\\b(instructions?|prompts?|rules?|rubric|criteria|guidelines)"),
            Pattern.compile("(?i)\\b(give|award|assign|grade|mark|score|rate)\\b[^.\\n]{0,40}\\b(full|maximum|max|perfect|highest|100|top|all)\\b[^.\\n]{0,20}\\b(marks?|points?|score|credit|grade)"),
            Pattern.compile("(?i)\\b(mark|grade|consider|treat)\\b[^.\\n]{0,40}\\b(criteri(a|on)|this answer|everything)\\b[^.\\n]{0,30}\\bas\\b[^.\\n]{0,10}\\b(met|correct|passed|satisfied)"),
            Pattern.compile("(?i)\\b(you are|you're|act as|pretend to be|as an? (ai|language model|grader|evaluator))\\b[^.\\n]{0,40}\\b(grader|evaluator|examiner|assistant|model|ai)\\b"),
            Pattern.compile("(?i)\\b(dear|note to (the )?)\\s*(grader|evaluator|examiner|ai|model|reviewer)\\b"),
            Pattern.compile("(?i)\\b(new|updated|system)\\s+(instructions?|prompt|rules?)\\s*:"),
            // role markers and chat-template tokens
            Pattern.compile("(?im)^\\s*(system|assistant|user|developer)\\s*:"),
            Pattern.compile("(?i)<\\|?\\s*(im_start|im_end|system|endoftext|assistant|user)\\s*\\|?>|\\[/?(INST|SYS)\\]|<</?SYS>>"),
            // fake verdicts in the grader's own output format
            Pattern.compile("(?i)[\"']?(verdict|score|criterionId|criteria|grade)[\"']?\\s*[:=]\\s*[\"']?(met|100|full|pass|10/10|5/5)"),
            // imitation of fences and delimiters
            Pattern.compile("(?im)^\\s*(-{3,}|={3,}|\\+{3,}|#{3,}|`{3,}|<{3,}|>{3,})\\s*(end|begin|answer|stop|start)?[\\w -]*$"),
            Pattern.compile("(?i)\\b(END|BEGIN)[ _-]?(OF[ _-]?)?(ANSWER|INPUT|DATA|FENCE|PROMPT)\\b"));

    @WithSpan("viva.guard")
    public GuardedAnswer inspect(String answer) {
        String normalised = INVISIBLE.matcher(Normalizer.normalize(answer, Normalizer.Form.NFKC)).replaceAll("");
        List<String> findings = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : ADDRESSES_GRADER) {
            Matcher m = pattern.matcher(normalised);
            while (m.find()) {
                findings.add(m.group().strip());
                spans.add(segmentAround(normalised, m.start(), m.end()));
            }
        }
        List<Removal> removed = merged(normalised, spans);
        return new GuardedAnswer(normalised, without(normalised, removed), List.copyOf(findings), removed);
    }

    /** The sentence or line that holds a finding: that whole segment is cut out. */
    private static int[] segmentAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !isSegmentEnd(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !isSegmentEnd(text.charAt(to))) {
            to++;
        }
        return new int[] {from, Math.min(text.length(), to + 1)};
    }

    private static boolean isSegmentEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
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
