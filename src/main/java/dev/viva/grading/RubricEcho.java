package dev.viva.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text that reproduces a criterion's description almost word for word: at least 80% of the
 * description's words as one unbroken run (after its leading "States that", "Explains", ...). A
 * candidate cannot know the rubric, so such a passage was copied from it or planted; it is cut from
 * what either grader sees, so it can never be evidence, and the result is flagged rubric_echo.
 */
final class RubricEcho {

    private static final Pattern LEADING_VERB = Pattern.compile("^(states|explains|mentions|notes|describes|says"
            + "|names|gives|shows|identifies|recognises|recognizes|claims|knows)( that)?\\s+");
    private static final int SHORTEST_RUN = 4;

    private RubricEcho() {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * The passage of {@code answer} that echoes {@code description} (the run of shared words, as
     * written), if there is one.
     */
    static java.util.Optional<String> passageEchoing(String answer, String description) {
        List<String> wanted = descriptionWords(description);
        if (wanted.size() < SHORTEST_RUN) {
            return java.util.Optional.empty();
        }
        List<int[]> positions = new ArrayList<>();
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(answer);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
            positions.add(new int[] {m.start(), m.end()});
        }
        int[] run = longestCommonRunEnd(wanted, words);
        if (run[0] < needed(wanted)) {
            return java.util.Optional.empty();
        }
        int last = run[1] - 1;
        int first = last - run[0] + 1;
        return java.util.Optional.of(answer.substring(positions.get(first)[0], positions.get(last)[1]));
    }

    /**
     * The text without every passage that echoes one of the criteria; each cut leaves a line break. A
     * criterion whose description is worded like the model answer (an offline-built rubric's claims
     * are the model answer's sentences) is skipped: a candidate who knows the material may write the
     * same sentence, and must not lose points for it.
     */
    static Result cut(String text, List<dev.viva.rubric.model.Criterion> criteria, String modelAnswer) {
        String kept = text;
        boolean echoed = false;
        for (var criterion : criteria) {
            if (modelAnswer != null && echoes(modelAnswer, criterion.description())) {
                continue;
            }
            java.util.Optional<String> passage = passageEchoing(kept, criterion.description());
            while (passage.isPresent()) {
                echoed = true;
                kept = kept.replace(passage.get(), "\n");
                passage = passageEchoing(kept, criterion.description());
            }
        }
        return new Result(echoed ? kept.replaceAll("\\n[ \\t]+", "\n").replaceAll("\\n{3,}", "\n\n").strip() : text,
                echoed);
    }

    record Result(String text, boolean echoed) {
    }

    static boolean echoes(String text, String description) {
        List<String> wanted = descriptionWords(description);
        return wanted.size() >= SHORTEST_RUN
                && longestCommonRunEnd(wanted, words(text.toLowerCase(Locale.ROOT)))[0] >= needed(wanted);
    }

    private static List<String> descriptionWords(String description) {
        return words(LEADING_VERB.matcher(description.toLowerCase(Locale.ROOT).strip()).replaceFirst(""));
    }

    private static int needed(List<String> descriptionWords) {
        return Math.max(SHORTEST_RUN, (int) Math.ceil(0.8 * descriptionWords.size()));
    }

    private static List<String> words(String text) {
        return WORD.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    /** The longest run of words of {@code a} found unbroken in {@code b}: {length, index in b after its end}. */
    private static int[] longestCommonRunEnd(List<String> a, List<String> b) {
        int best = 0;
        int end = 0;
        int[] previous = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] current = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    if (current[j] > best) {
                        best = current[j];
                        end = j;
                    }
                }
            }
            previous = current;
        }
        return new int[] {best, end};
    }
}
