package dev.viva.calibration.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskCoverageTest {

    // confident answers are graded well, unsure ones badly, and a flagged one is never accepted
    private static final List<RiskCoverage.Scored> ANSWERS = List.of(
            new RiskCoverage.Scored(5, 5, 5, 0.9, false),
            new RiskCoverage.Scored(0, 0, 5, 0.9, false),
            new RiskCoverage.Scored(3, 3, 5, 0.8, false),
            new RiskCoverage.Scored(0, 5, 5, 0.1, false),
            new RiskCoverage.Scored(5, 0, 5, 0.1, false),
            new RiskCoverage.Scored(4, 4, 5, 1.0, true));

    @Test
    void eachRowGivesTheShareAcceptedAtItsThresholdAndTheAgreementOnThoseAlone() {
        List<RiskCoverage.Row> rows = RiskCoverage.table(ANSWERS, new double[] {0, 0.5, 0.95});

        assertThat(rows).extracting(RiskCoverage.Row::threshold).containsExactly(0.0, 0.5, 0.95);
        assertThat(rows.get(0).accepted()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(rows.get(1).accepted()).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(rows.get(1).agreement().pearson()).isCloseTo(1.0, within(1e-9));
        assertThat(rows.get(1).agreement().mae()).isZero();
        assertThat(rows.get(0).agreement().pearson()).isLessThan(rows.get(1).agreement().pearson());
    }

    @Test
    void aFlaggedAnswerGoesToReviewWhateverItsConfidence() {
        assertThat(RiskCoverage.table(ANSWERS, new double[] {0}).get(0).agreement().n()).isEqualTo(5);
    }

    @Test
    void aThresholdAboveEveryConfidenceAcceptsNothingAndHasNoAgreement() {
        RiskCoverage.Row none = RiskCoverage.table(ANSWERS, new double[] {1.01}).get(0);
        assertThat(none.accepted()).isZero();
        assertThat(none.agreement().n()).isZero();
        assertThat(none.agreement().pearson()).isNull();
    }
}
