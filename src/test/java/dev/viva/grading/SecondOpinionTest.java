package dev.viva.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondOpinionTest {

    private static final Rubric RUBRIC = new Rubric("q", 1, RubricStatus.APPROVED, List.of(
            new Criterion("a", "States a.", CriterionKind.REQUIRED, 1, List.of(), null),
            new Criterion("b", "States b.", CriterionKind.REQUIRED, 1, List.of(), null),
            new Criterion("c", "States c.", CriterionKind.REQUIRED, 1, List.of(), null),
            new Criterion("wrong", "Claims something wrong.", CriterionKind.PENALTY, 1, List.of(), null)), null);

    @Test
    void anLlmGradeFarAboveTheOfflineOneKeepsTheLowerVerdictOfEachCriterionAndGoesToReview() {
        var llm = verdicts(Verdict.MET, Verdict.MET, Verdict.MET, Verdict.NOT_MET);
        var offline = verdicts(Verdict.MET, Verdict.PARTIAL, Verdict.NOT_MET, Verdict.NOT_MET);

        var outcome = SecondOpinion.weigh(RUBRIC, llm, offline, 15, 30);

        assertThat(outcome.disagree()).isTrue();
        assertThat(outcome.verdicts()).extracting(CriterionVerdict::verdict)
                .containsExactly(Verdict.MET, Verdict.PARTIAL, Verdict.NOT_MET, Verdict.NOT_MET);
        assertThat(ScoreCalculator.total(RUBRIC, outcome.verdicts()))
                .isLessThanOrEqualTo(ScoreCalculator.total(RUBRIC, offline));
        assertThat(outcome.verdicts().get(1).rationale()).startsWith("Lowered to the offline grader's verdict");
        assertThat(outcome.record()).containsEntry("lowered", true).containsEntry("llmScore", new BigDecimal("100.00"))
                .containsEntry("offlineScore", new BigDecimal("50.00")).containsKey("llmVerdicts");
    }

    @Test
    void aMisconceptionEitherGraderFoundCountsWhenTheGradeIsLowered() {
        var llm = verdicts(Verdict.MET, Verdict.MET, Verdict.MET, Verdict.MET);
        var offline = verdicts(Verdict.NOT_MET, Verdict.NOT_MET, Verdict.NOT_MET, Verdict.NOT_MET);

        var outcome = SecondOpinion.weigh(RUBRIC, llm, offline, 15, 30);

        assertThat(outcome.verdicts()).extracting(CriterionVerdict::verdict)
                .containsExactly(Verdict.NOT_MET, Verdict.NOT_MET, Verdict.NOT_MET, Verdict.MET);
    }

    @Test
    void anLlmGradeWithinTheMarginStandsAsItIs() {
        var llm = verdicts(Verdict.MET, Verdict.MET, Verdict.PARTIAL, Verdict.NOT_MET);
        var offline = verdicts(Verdict.MET, Verdict.MET, Verdict.NOT_MET, Verdict.NOT_MET);

        var outcome = SecondOpinion.weigh(RUBRIC, llm, offline, 20, 30);

        assertThat(outcome.disagree()).isFalse();
        assertThat(outcome.verdicts()).isEqualTo(llm);
        assertThat(outcome.record()).containsEntry("lowered", false);
    }

    @Test
    void anLlmGradeFarBelowTheOfflineOneStandsButGoesToReview() {
        var llm = verdicts(Verdict.NOT_MET, Verdict.NOT_MET, Verdict.NOT_MET, Verdict.NOT_MET);
        var offline = verdicts(Verdict.MET, Verdict.MET, Verdict.NOT_MET, Verdict.NOT_MET);

        var outcome = SecondOpinion.weigh(RUBRIC, llm, offline, 15, 30);

        assertThat(outcome.disagree()).isTrue();
        assertThat(outcome.verdicts()).isEqualTo(llm);
    }

    private static List<CriterionVerdict> verdicts(Verdict a, Verdict b, Verdict c, Verdict wrong) {
        return List.of(verdict("a", a), verdict("b", b), verdict("c", c), verdict("wrong", wrong));
    }

    private static CriterionVerdict verdict(String id, Verdict v) {
        return new CriterionVerdict(id, v, v == Verdict.NOT_MET ? List.of() : List.of("quote for " + id), "because");
    }
}
