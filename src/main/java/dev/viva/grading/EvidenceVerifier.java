package dev.viva.grading;

import java.text.Normalizer;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks that every quote a grader gives as evidence is the candidate's own words: it must occur in
 * the answer as submitted (Unicode compatibility forms, invisible format characters, quote style,
 * case and whitespace folded; nothing else), and in what was graded, so that text the guard cut as
 * addressed to the grader never counts and a quote that joins the text on either side of a cut is
 * refused. A met or partial verdict without a verified quote becomes not_met; quotes that fail are
 * dropped. For a penalty the burden is the same: a misconception counts only when it is quoted.
 */
public final class EvidenceVerifier {

    /** Invisible format characters (zero-width, bidi controls, soft hyphen, tag characters). */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");

    private EvidenceVerifier() {
    }

    /**
     * @param submitted the answer as the candidate submitted it
     * @param graded    what the grader saw: the answer without the segments the guard cut
     */
    public static Verified verify(String submitted, String graded, List<CriterionVerdict> verdicts) {
        String asSubmitted = fold(submitted);
        String asGraded = fold(graded);
        List<CriterionVerdict> result = new ArrayList<>();
        Set<String> unverified = new LinkedHashSet<>();
        for (CriterionVerdict v : verdicts) {
            List<String> found = v.evidence().stream()
                    .filter(q -> isCandidatesOwn(fold(q), asSubmitted, asGraded))
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

    private static boolean isCandidatesOwn(String quote, String asSubmitted, String asGraded) {
        return !quote.isEmpty() && asSubmitted.contains(quote) && asGraded.contains(quote);
    }

    static String fold(String text) {
        return FORMAT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("")
                .toLowerCase(Locale.ROOT)
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
