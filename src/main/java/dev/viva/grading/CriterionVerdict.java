package dev.viva.grading;

import java.util.List;

/**
 * A grader's judgement on one criterion.
 *
 * @param evidence verbatim quotes from the answer that support the verdict
 */
public record CriterionVerdict(String criterionId, Verdict verdict, List<String> evidence, String rationale) {

    public CriterionVerdict {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
