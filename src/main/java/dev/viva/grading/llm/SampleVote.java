package dev.viva.grading.llm;

import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.Verdict;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Combines k gradings of the same answer: per criterion the majority verdict (a tie goes to the
 * lower verdict, not_met below partial below met), with the evidence and rationale of the first
 * sample that gave it; confidence is the mean share of samples that agree with the majority.
 */
final class SampleVote {

    private SampleVote() {
    }

    record Outcome(List<CriterionVerdict> verdicts, double confidence) {
    }

    static Outcome decide(Rubric rubric, List<GradingValidator.ValidGrading> samples) {
        List<CriterionVerdict> decided = new ArrayList<>();
        double agreement = 0;
        for (Criterion criterion : rubric.criteria()) {
            List<CriterionVerdict> votes = samples.stream()
                    .map(s -> s.verdicts().stream().filter(v -> v.criterionId().equals(criterion.id())).findFirst()
                            .orElseThrow())
                    .toList();
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            votes.forEach(v -> counts.merge(v.verdict(), 1, Integer::sum));
            Verdict majority = counts.entrySet().stream()
                    .max(Comparator.<Map.Entry<Verdict, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> rank(e.getKey()), Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            decided.add(votes.stream().filter(v -> v.verdict() == majority).findFirst().orElseThrow());
            agreement += (double) counts.get(majority) / votes.size();
        }
        double confidence = rubric.criteria().isEmpty() ? 1 : agreement / rubric.criteria().size();
        return new Outcome(decided, confidence);
    }

    private static int rank(Verdict verdict) {
        return switch (verdict) {
            case NOT_MET -> 0;
            case PARTIAL -> 1;
            case MET -> 2;
        };
    }
}
