package dev.viva.grading.offline;

import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.Feedback;
import dev.viva.grading.Verdict;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Learner feedback from verdicts: what was met (named by the criteria's titles, never their
 * descriptions), what is missing (the criteria's hints, never the model answer), and the hint of the
 * heaviest missing point as next step. In English.
 */
final class OfflineFeedback {

    private OfflineFeedback() {
    }

    static Feedback of(Rubric rubric, List<CriterionVerdict> verdicts) {
        Map<String, Verdict> byId = verdicts.stream()
                .collect(Collectors.toMap(CriterionVerdict::criterionId, CriterionVerdict::verdict, (a, b) -> a));
        List<String> strengths = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Criterion> missingRequired = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            Verdict v = byId.getOrDefault(c.id(), Verdict.NOT_MET);
            if (c.kind() != CriterionKind.PENALTY && v == Verdict.MET) {
                strengths.add("You covered this point: " + c.title() + ".");
            }
            if (c.kind() == CriterionKind.REQUIRED && v != Verdict.MET) {
                missingRequired.add(c);
                missing.add(hasHint(c) ? c.hint() : "A required point is not covered yet: " + c.title() + ".");
            }
        }
        String nextStep = missingRequired.stream().filter(OfflineFeedback::hasHint)
                .max(Comparator.comparingDouble(Criterion::weight)).map(Criterion::hint)
                .orElse(missingRequired.isEmpty() ? null : "Cover the points the answer does not make yet.");
        return new Feedback(strengths, missing, nextStep);
    }

    private static boolean hasHint(Criterion c) {
        return c.hint() != null && !c.hint().isBlank();
    }
}
