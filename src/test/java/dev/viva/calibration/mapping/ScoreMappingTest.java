package dev.viva.calibration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.viva.calibration.CalibrationAnalysis;
import dev.viva.calibration.CalibrationResults;
import dev.viva.calibration.GradedAnswer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScoreMappingTest {

    @Test
    void isotonicMappingPoolsAdjacentViolatorsAndInterpolatesBetweenBlocks() {
        // (20, 0.6) then (30, 0.4) violate the order: pooled into one block at 25 with 0.5
        FittedMapping m = ScoreMapping.ISOTONIC.fit(new double[] {10, 20, 30, 40}, new double[] {0.2, 0.6, 0.4, 0.8});
        assertThat(m.fraction(25)).isCloseTo(0.5, within(1e-9));
        assertThat(m.fraction(32.5)).isCloseTo(0.65, within(1e-9));
        assertThat(m.fraction(0)).isCloseTo(0.2, within(1e-9));
        assertThat(m.fraction(100)).isCloseTo(0.8, within(1e-9));
        assertThat(m.map(25, 5)).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void linearMappingIsTheLeastSquaresLineClippedToTheScale() {
        FittedMapping m = ScoreMapping.LINEAR.fit(new double[] {0, 100}, new double[] {0.2, 0.8});
        assertThat(m.fraction(50)).isCloseTo(0.5, within(1e-9));
        assertThat(m.map(100, 5)).isCloseTo(4, within(1e-9));
        FittedMapping steep = ScoreMapping.LINEAR.fit(new double[] {40, 60}, new double[] {0, 1});
        assertThat(steep.fraction(100)).isEqualTo(1);
        assertThat(steep.fraction(0)).isEqualTo(0);
    }

    @Test
    void noMappingScalesZeroToHundredOntoTheMaximum() {
        assertThat(ScoreMapping.NONE.fit(new double[] {}, new double[] {}).map(60, 5)).isCloseTo(3, within(1e-9));
        assertThatThrownBy(() -> ScoreMapping.parse("spline")).hasMessageContaining("none, linear or isotonic");
    }

    @Test
    void splitDependsOnlyOnQuestionAndSeed() {
        assertThat(FitSplit.of("stack", 42)).isEqualTo(FitSplit.FIT).isEqualTo(FitSplit.of("stack", 42));
        assertThat(FitSplit.of("bst", 42)).isEqualTo(FitSplit.EVALUATION);
        long fit = IntStream.range(0, 1000).filter(i -> FitSplit.of("q" + i, 7) == FitSplit.FIT).count();
        assertThat(fit).isBetween(430L, 570L);
    }

    @Test
    void fittedFiguresAreReportedOnlyOnTheEvaluationSplit() {
        // the fitting side is deliberately absurd (Viva high where humans gave 0): if it leaked into the
        // reported figures, the reported n and MAE would show it
        List<GradedAnswer> answers = List.of(
                new GradedAnswer("a", 0, 5, 90, List.of(), FitSplit.FIT),
                new GradedAnswer("a", 5, 5, 10, List.of(), FitSplit.FIT),
                new GradedAnswer("b", 1, 5, 20, List.of(), FitSplit.EVALUATION),
                new GradedAnswer("b", 4, 5, 80, List.of(), FitSplit.EVALUATION),
                new GradedAnswer("c", 3, 5, 60, List.of(), FitSplit.EVALUATION));
        CalibrationResults r = CalibrationAnalysis.analyse(answers, ScoreMapping.LINEAR);
        assertThat(r.fittedOn()).isEqualTo(2);
        assertThat(r.reportedOn()).isEqualTo(3);
        assertThat(r.reportedSplit()).isEqualTo("evaluation");
        assertThat(r.overall().n()).isEqualTo(3);
        assertThat(r.bySplit().get("fit").n()).isEqualTo(2);
        assertThat(r.perQuestion()).extracting(CalibrationResults.QuestionAgreement::questionId)
                .containsExactly("a", "b", "c");

        CalibrationResults none = CalibrationAnalysis.analyse(answers, ScoreMapping.NONE);
        assertThat(none.fittedOn()).isZero();
        assertThat(none.reportedOn()).isEqualTo(5);
        assertThat(none.reportedSplit()).isEqualTo("all");
    }

    @Test
    void humanCeilingComparesTheTwoGradersOnTheReportedAnswers() {
        List<GradedAnswer> answers = List.of(
                new GradedAnswer("a", 2, 5, 40, List.of(2.0, 2.0), FitSplit.EVALUATION),
                new GradedAnswer("a", 3.5, 5, 70, List.of(3.0, 4.0), FitSplit.EVALUATION),
                new GradedAnswer("a", 5, 5, 90, List.of(5.0, 5.0), FitSplit.EVALUATION));
        CalibrationResults r = CalibrationAnalysis.analyse(answers, ScoreMapping.NONE);
        // grader 1 (2, 3, 5) against grader 2 (2, 4, 5): MAE 1/3
        assertThat(r.humanCeiling().mae()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(CalibrationAnalysis.analyse(List.of(new GradedAnswer("a", 2, 5, 40, List.of(), FitSplit.FIT)),
                ScoreMapping.NONE).humanCeiling()).isNull();
    }

    @Test
    void withDifferentMaximaCorrelationIsTakenOnFractionsSoTheMaximaAloneCannotCorrelate() {
        // Viva gives every answer 70%: on raw points this would correlate with the humans through the
        // maxima (1 and 3); on fractions Viva is constant, so r is undefined
        List<GradedAnswer> answers = List.of(
                new GradedAnswer("a", 0.2, 1, 70, List.of(), FitSplit.EVALUATION),
                new GradedAnswer("a", 0.9, 1, 70, List.of(), FitSplit.EVALUATION),
                new GradedAnswer("b", 2.8, 3, 70, List.of(), FitSplit.EVALUATION),
                new GradedAnswer("b", 1.0, 3, 70, List.of(), FitSplit.EVALUATION));
        CalibrationResults r = CalibrationAnalysis.analyse(answers, ScoreMapping.NONE);
        assertThat(r.correlationOn()).isEqualTo("score / max_score");
        assertThat(r.overall().pearson()).isNull();
        assertThat(r.overall().mae()).isNotNull();
    }
}
