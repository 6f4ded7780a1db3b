package dev.viva.grading.offline;

import dev.viva.grading.Verdict;
import java.util.List;

/**
 * A verdict's rationale as a reviewer can check it: the sentence of the answer it rests on, and which key
 * terms of the criterion that answer mentions and which it does not. The numbers behind it are in the
 * grading's provenance ({@code settings.criteria}), not here.
 */
final class OfflineRationale {

    private static final int MOST_TERMS = 6;

    private OfflineRationale() {
    }

    static String of(Verdict verdict, String closestSentence, List<String> covered, List<String> missing, boolean offTopic) {
        if (offTopic) {
            return "The answer does not address the question's topic, so no point counts.";
        }
        StringBuilder s = new StringBuilder();
        if (closestSentence == null) {
            s.append("No sentence of the answer is about this point.");
        } else if (verdict == Verdict.NOT_MET) {
            s.append("No sentence covers this point well enough; the closest is \"").append(closestSentence).append("\".");
        } else {
            s.append("Closest sentence: \"").append(closestSentence).append("\".");
        }
        if (!covered.isEmpty()) {
            s.append(" The answer mentions the key terms ").append(list(covered)).append('.');
        }
        if (!missing.isEmpty()) {
            s.append(covered.isEmpty() ? " It mentions none of the key terms: " : " It does not mention ")
                    .append(list(missing)).append('.');
        }
        return s.toString();
    }

    private static String list(List<String> terms) {
        List<String> shown = terms.size() > MOST_TERMS ? terms.subList(0, MOST_TERMS) : terms;
        String joined = shown.size() == 1 ? shown.getFirst()
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.getLast();
        return terms.size() > MOST_TERMS ? joined + " (and " + (terms.size() - MOST_TERMS) + " more)" : joined;
    }
}
