package dev.viva.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks that every quote a grader gives as evidence occurs in the answer (whitespace and case
 * folded). A met or partial verdict without a verified quote becomes not_met; quotes that are not
 * in the answer are dropped. For a penalty the burden is the same: a misconception counts only when
 * it is quoted from the answer.
 */
public final class EvidenceVerifier {

    private EvidenceVerifier() {
    }

    public static Verified verify(String answer, List<CriterionVerdict> verdicts) {
        String haystack = fold(answer);
        List<CriterionVerdict> result = new ArrayList<>();
        Set<String> unverified = new LinkedHashSet<>();
        for (CriterionVerdict v : verdicts) {
            List<String> found = v.evidence().stream()
                    .filter(q -> !fold(q).isEmpty() && haystack.contains(fold(q)))
                    .toList();
            boolean claimsCredit = v.verdict() != Verdict.NOT_MET;
            if (claimsCredit && found.isEmpty()) {
                unverified.add(v.criterionId());
                result.add(new CriterionVerdict(v.criterionId(), Verdict.NOT_MET, List.of(),
                        "Evidence could not be found in the answer; the grader's verdict was "
                                + v.verdict().name().toLowerCase(Locale.ROOT) + ". " + nullToEmpty(v.rationale())));
            } else {
                if (found.size() < v.evidence().size()) {
                    unverified.add(v.criterionId());
                }
                result.add(new CriterionVerdict(v.criterionId(), v.verdict(), found, v.rationale()));
            }
        }
        return new Verified(result, unverified);
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2018\\u2019\\u201A\\u201B]", "'")
                .replaceAll("[\\u201C\\u201D\\u201E\\u201F]", "\"")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * @param unverifiedCriteria criteria with a quote that is not in the answer (downgraded to not_met
     *                           when no quote was left): the evaluation is flagged evidence_unverified
     */
    public record Verified(List<CriterionVerdict> verdicts, Set<String> unverifiedCriteria) {

        public boolean unverified() {
            return !unverifiedCriteria.isEmpty();
        }
    }
}
