package dev.viva.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreCalculatorTest {

    private static final Rubric RUBRIC = new Rubric("q", 1, RubricStatus.APPROVED, List.of(
            criterion("a", CriterionKind.REQUIRED, 3),
            criterion("b", CriterionKind.REQUIRED, 1),
            criterion("extra", CriterionKind.BONUS, 1),
            criterion("myth", CriterionKind.PENALTY, 2)), null);

    @Test
    void allRequiredMetScoresFullMarks() {
        assertThat(total(v("a", Verdict.MET), v("b", Verdict.MET))).isEqualByComparingTo("100");
    }

    @Test
    void aCriterionMetAfterItsFollowUpEarnsItsShareOfTheWeightAndNeverLessThanItsVerdict() {
        var verdicts = List.of(v("a", Verdict.NOT_MET), v("b", Verdict.MET));
        assertThat(ScoreCalculator.total(RUBRIC, verdicts, java.util.Map.of("a", 0.5))).isEqualByComparingTo("62.50");
        assertThat(ScoreCalculator.total(RUBRIC, List.of(v("a", Verdict.MET), v("b", Verdict.MET)),
                java.util.Map.of("a", 0.5))).isEqualByComparingTo("100");
        assertThat(ScoreCalculator.total(RUBRIC, verdicts, java.util.Map.of("a", 7.0))).as("a share is at most 1")
                .isEqualByComparingTo("100");
    }

    @Test
    void partialEarnsHalfTheWeight() {
        assertThat(total(v("a", Verdict.PARTIAL), v("b", Verdict.MET))).isEqualByComparingTo("62.50");
    }

    @Test
    void bonusMakesUpForAMissedRequiredPointButNeverLiftsAbove100() {
        assertThat(total(v("a", Verdict.MET), v("b", Verdict.NOT_MET), v("extra", Verdict.MET)))
                .isEqualByComparingTo("100");
        assertThat(total(v("a", Verdict.MET), v("b", Verdict.MET), v("extra", Verdict.MET)))
                .isEqualByComparingTo("100");
    }

    @Test
    void misconceptionPresentDeductsItsWeightAndTheScoreNeverGoesBelowZero() {
        assertThat(total(v("a", Verdict.MET), v("b", Verdict.MET), v("myth", Verdict.MET)))
                .isEqualByComparingTo("50");
        assertThat(total(v("myth", Verdict.MET))).isEqualByComparingTo("0");
    }

    @Test
    void misconceptionOnlyPartlyHintedAtDeductsNothing() {
        assertThat(total(v("a", Verdict.MET), v("b", Verdict.MET), v("myth", Verdict.PARTIAL)))
                .isEqualByComparingTo("100");
    }

    @Test
    void missingVerdictsCountAsNotMet() {
        assertThat(total(v("b", Verdict.MET))).isEqualByComparingTo("25");
    }

    @Test
    void pointsPerCriterionAreSignedSharesOfTheRequiredWeight() {
        var points = ScoreCalculator.points(RUBRIC,
                List.of(v("a", Verdict.PARTIAL), v("b", Verdict.MET), v("myth", Verdict.MET)));
        assertThat(points).containsEntry("a", new BigDecimal("37.50")).containsEntry("b", new BigDecimal("25.00"))
                .containsEntry("extra", new BigDecimal("0.00")).containsEntry("myth", new BigDecimal("-50.00"));
    }

    @Test
    void rubricWithoutRequiredWeightCannotBeScored() {
        Rubric bonusOnly = new Rubric("q", 1, RubricStatus.DRAFT, List.of(criterion("x", CriterionKind.BONUS, 1)), null);
        assertThatThrownBy(() -> ScoreCalculator.total(bonusOnly, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal total(CriterionVerdict... verdicts) {
        return ScoreCalculator.total(RUBRIC, List.of(verdicts));
    }

    static CriterionVerdict v(String id, Verdict verdict) {
        return new CriterionVerdict(id, verdict, List.of(), "");
    }

    static Criterion criterion(String id, CriterionKind kind, double weight) {
        return new Criterion(id, "Criterion " + id, kind, weight, List.of(), null);
    }
}
