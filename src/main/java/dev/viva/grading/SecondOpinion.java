package dev.viva.grading;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighs an LLM grading against the offline grader's independent one. When the LLM's total exceeds
 * the offline total by more than the margin, the grading is not trusted as it stands: every
 * criterion takes the lower of the two verdicts (so the total is never above the lower of the two
 * totals, and is still computed from verdicts), and the result goes to review. A large gap the
 * other way only sends it to review. Both graders' verdicts have already been verified.
 */
public final class SecondOpinion {

    private SecondOpinion() {
    }

    /**
     * @param marginPoints  how far (0-100) the LLM may score above the offline grader before it is lowered
     * @param belowPoints   how far below the offline grader the LLM may score before a person looks
     */
    public static Outcome weigh(Rubric rubric, List<CriterionVerdict> llm, List<CriterionVerdict> offline,
            double marginPoints, double belowPoints) {
        BigDecimal llmTotal = ScoreCalculator.total(rubric, llm);
        BigDecimal offlineTotal = ScoreCalculator.total(rubric, offline);
        double gap = llmTotal.subtract(offlineTotal).doubleValue();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("llmScore", llmTotal);
        record.put("offlineScore", offlineTotal);
        record.put("marginPoints", marginPoints);
        if (gap > marginPoints) {
            List<CriterionVerdict> lowered = lowerOfEach(rubric, llm, offline);
            record.put("lowered", true);
            record.put("llmVerdicts", llm.stream().map(v -> Map.of("criterionId", v.criterionId(),
                    "verdict", v.verdict(), "evidence", v.evidence())).toList());
            return new Outcome(lowered, true, record);
        }
        record.put("lowered", false);
        return new Outcome(llm, -gap >= belowPoints, record);
    }

    private static List<CriterionVerdict> lowerOfEach(Rubric rubric, List<CriterionVerdict> llm,
            List<CriterionVerdict> offline) {
        List<CriterionVerdict> result = new ArrayList<>(llm.size());
        for (int i = 0; i < rubric.criteria().size(); i++) {
            Criterion c = rubric.criteria().get(i);
            CriterionVerdict a = llm.get(i);
            CriterionVerdict b = offline.get(i);
            if (credit(c, b.verdict()) < credit(c, a.verdict())) {
                result.add(new CriterionVerdict(c.id(), b.verdict(), b.evidence(),
                        "Lowered to the offline grader's verdict: the LLM scored the answer far above it (its verdict was "
                                + a.verdict().name().toLowerCase(java.util.Locale.ROOT) + "). " + nullToEmpty(a.rationale())));
            } else {
                result.add(a);
            }
        }
        return result;
    }

    /** What a verdict is worth to the candidate: for a penalty, met (the misconception stated) is worth least. */
    private static double credit(Criterion c, Verdict v) {
        double forCandidate = switch (v) {
            case MET -> 1;
            case PARTIAL -> 0.5;
            case NOT_MET -> 0;
        };
        return c.kind() == CriterionKind.PENALTY ? -forCandidate : forCandidate;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * @param verdicts the verdicts to store: the LLM's, or the lower of each pair
     * @param disagree whether the graders disagree enough for a person to look
     * @param record   what provenance keeps of the comparison
     */
    public record Outcome(List<CriterionVerdict> verdicts, boolean disagree, Map<String, Object> record) {
    }
}
