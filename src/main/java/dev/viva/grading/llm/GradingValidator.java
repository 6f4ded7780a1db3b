package dev.viva.grading.llm;

import dev.viva.llm.MalformedReplyException;

import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.Feedback;
import dev.viva.grading.Verdict;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a model's grading against the rubric: every criterion exactly once, no unknown ids, only
 * the three verdicts. Evidence is passed through untouched (the pipeline verifies the quotes).
 */
final class GradingValidator {

    private GradingValidator() {
    }

    /** A grading that passed: verdicts in rubric order and the feedback. */
    record ValidGrading(List<CriterionVerdict> verdicts, Feedback feedback) {
    }

    static ValidGrading validate(LlmGrading grading, Rubric rubric) {
        List<String> problems = new ArrayList<>();
        if (grading == null || grading.criteria() == null) {
            throw new MalformedReplyException("The reply has no \"criteria\" array", String.valueOf(grading), null);
        }
        Map<String, CriterionVerdict> byId = new HashMap<>();
        Set<String> known = new LinkedHashSet<>(rubric.criteria().stream().map(Criterion::id).toList());
        for (LlmGrading.LlmCriterionVerdict v : grading.criteria()) {
            if (v == null || v.criterionId() == null) {
                problems.add("an entry has no criterionId");
                continue;
            }
            if (!known.contains(v.criterionId())) {
                problems.add("unknown criterionId \"" + v.criterionId() + "\"");
                continue;
            }
            Verdict verdict = verdict(v.verdict());
            if (verdict == null) {
                problems.add("criterion \"" + v.criterionId() + "\" has verdict \"" + v.verdict()
                        + "\"; allowed are met, partial, not_met");
                continue;
            }
            if (byId.put(v.criterionId(), new CriterionVerdict(v.criterionId(), verdict, v.evidence(),
                    v.rationale())) != null) {
                problems.add("criterion \"" + v.criterionId() + "\" appears more than once");
            }
        }
        known.stream().filter(id -> !byId.containsKey(id) && problems.stream().noneMatch(p -> p.contains("\"" + id + "\"")))
                .forEach(id -> problems.add("criterion \"" + id + "\" is missing"));
        if (grading.feedback() == null) {
            problems.add("the \"feedback\" object is missing");
        }
        if (!problems.isEmpty()) {
            throw new MalformedReplyException("The grading does not fit the rubric: " + String.join("; ", problems),
                    null, null);
        }
        LlmGrading.LlmFeedback f = grading.feedback();
        return new ValidGrading(known.stream().map(byId::get).toList(),
                new Feedback(f.strengths(), f.missing(), f.nextStep()));
    }

    private static Verdict verdict(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "met" -> Verdict.MET;
            case "partial" -> Verdict.PARTIAL;
            case "not_met" -> Verdict.NOT_MET;
            default -> null;
        };
    }
}
