package dev.viva.calibration.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Every figure below was worked out by hand (see the comments), not by the code under test. */
class AgreementMetricsTest {

    private static final double EPS = 1e-9;

    @Test
    void pearsonMatchesTheHandComputedValue() {
        // deviations x: -2,-1,0,1,2; y (mean 4): -2,0,1,0,1; sxy = 6, sxx = 10, syy = 6 -> 6 / sqrt(60)
        assertThat(Correlation.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
                .isCloseTo(6 / Math.sqrt(60), within(EPS));
    }

    @Test
    void spearmanGivesTiedValuesTheMeanOfTheirRanks() {
        // y ranks with ties: 2 -> 1, 4,4 -> 2.5, 5,5 -> 4.5; against 1..5: sxy = 7, syy = 9 -> 7 / sqrt(90)
        assertThat(Correlation.averageRanks(new double[] {2, 4, 5, 4, 5})).containsExactly(1, 2.5, 4.5, 2.5, 4.5);
        assertThat(Correlation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
                .isCloseTo(7 / Math.sqrt(90), within(EPS));
    }

    @Test
    void correlationWithAConstantSideIsUndefinedNotNaN() {
        assertThat(Correlation.pearson(new double[] {3, 3, 3}, new double[] {1, 2, 3})).isNull();
        assertThat(Correlation.spearman(new double[] {1, 2, 3}, new double[] {0, 0, 0})).isNull();
        assertThat(Correlation.pearson(new double[] {1}, new double[] {1})).isNull();
    }

    @Test
    void perfectlyReversedScoresCorrelateAtMinusOne() {
        assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isCloseTo(-1, within(EPS));
    }

    @Test
    void quadraticWeightedKappaMatchesTheHandComputedValue() {
        // observed weighted disagreement (0 + 1 + 0 + 1) / 4 = 0.5; marginals both (1/4, 1/4, 1/2):
        // expected = 2 * (1 * 1/16 + 4 * 1/8 + 1 * 1/8) = 1.375 -> kappa = 1 - 0.5 / 1.375 = 7/11
        assertThat(QuadraticWeightedKappa.of(new int[] {0, 1, 2, 2}, new int[] {0, 2, 2, 1}))
                .isCloseTo(7.0 / 11, within(EPS));
    }

    @Test
    void kappaIsOneForIdenticalRatingsAndUndefinedWhenBothAreTheSameConstant() {
        assertThat(QuadraticWeightedKappa.of(new int[] {0, 1, 2}, new int[] {0, 1, 2})).isCloseTo(1, within(EPS));
        assertThat(QuadraticWeightedKappa.of(new int[] {2, 2}, new int[] {2, 2})).isNull();
        assertThat(QuadraticWeightedKappa.of(new int[] {}, new int[] {})).isNull();
    }

    @Test
    void errorsAndExactAndAdjacentAgreementAreCountedOnTheScaleSteps() {
        // differences 0, 0.5, -1.5, 2: MAE = 4 / 4 = 1; RMSE = sqrt((0 + 0.25 + 2.25 + 4) / 4) = sqrt(1.625)
        // categories (step 0.5) differ by 0, 1, 3, 4: exact 1/4, adjacent 2/4
        Agreement a = Agreement.of(new double[] {5, 4.5, 1, 3}, new double[] {5, 4, 2.5, 1}, new ScoreScale(0.5));
        assertThat(a.n()).isEqualTo(4);
        assertThat(a.mae()).isCloseTo(1, within(EPS));
        assertThat(a.rmse()).isCloseTo(Math.sqrt(1.625), within(EPS));
        assertThat(a.exact()).isCloseTo(0.25, within(EPS));
        assertThat(a.adjacent()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void constantPredictionsGiveErrorsButNoCorrelation() {
        Agreement a = Agreement.of(new double[] {2, 2, 2}, new double[] {1, 2, 3}, new ScoreScale(1));
        assertThat(a.pearson()).isNull();
        assertThat(a.spearman()).isNull();
        assertThat(a.mae()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(a.qwk()).isCloseTo(0, within(EPS));
    }

    @Test
    void scaleStepFollowsTheHumanScoresAndBinsToTheNearestStep() {
        assertThat(ScoreScale.of(new double[] {0, 1, 5}).step()).isEqualTo(1);
        assertThat(ScoreScale.of(new double[] {0, 2.5, 5}).step()).isEqualTo(0.5);
        assertThat(ScoreScale.of(new double[] {0.125, 0.5}).step()).isEqualTo(0.25);
        ScoreScale half = new ScoreScale(0.5);
        assertThat(half.category(3.74)).isEqualTo(7);
        assertThat(half.category(3.75)).isEqualTo(8);
    }
}
