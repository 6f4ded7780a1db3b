package dev.viva.grading.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CoverageModelTest {

    @Test
    void theDefaultModelIsTheHandTunedMixOfThreeFeatures() {
        CoverageModel model = CoverageModel.shipped();

        assertThat(model.version()).isEqualTo("coverage-v1-handtuned");
        assertThat(model.coverage(new CoverageFeatures(1, 1, 1, 0, 0, 0, 0, false))).isEqualTo(1.0);
        assertThat(model.coverage(new CoverageFeatures(0.5, 0.2, 0.4, 0.9, 0.9, 2, 1, true))).isCloseTo(0.37, within(1e-9));
    }

    @Test
    void theTrainedModelLoadsWithItsVersionFeaturesThresholdsAndTrainingData() {
        CoverageModel model = CoverageModel.resource("offline-grader/coverage-model-v2.json");

        assertThat(model.version()).startsWith("coverage-v2-");
        assertThat(model.features()).isEqualTo(CoverageFeatures.NAMES);
        assertThat(model.partialThreshold()).isGreaterThan(0).isLessThan(model.metThreshold());
        assertThat(model.trainedOn()).extracting(t -> t.get("file"))
                .containsExactly("mohler-dev.jsonl", "saf-dev.jsonl", "semeval-dev.jsonl");
        assertThat(model.trainedOn()).allSatisfy(t -> assertThat((String) t.get("licence")).isNotBlank());
    }

    @Test
    void moreOfEveryFeatureNeverLowersTheCoverageOfAnAnswerThatSaysMore() {
        CoverageModel model = CoverageModel.resource("offline-grader/coverage-model-v2.json");
        CoverageFeatures weak = new CoverageFeatures(0.3, 0.2, 0.3, 0.2, 0.5, 0.5, 1, false);
        CoverageFeatures strong = new CoverageFeatures(0.8, 0.9, 0.8, 0.8, 0.5, 0.5, 1, false);

        assertThat(model.coverage(strong)).isGreaterThan(model.coverage(weak));
        assertThat(model.coverage(strong)).isBetween(0.0, 1.0);
    }

    @Test
    void aModelFileForOtherFeaturesIsRefusedRatherThanMisread() {
        String json = """
                {"version": "old", "features": ["sentence", "words"], "mean": [0, 0], "scale": [1, 1],
                 "weights": [0.5, 0.5], "intercept": 0, "metThreshold": 0.5, "partialThreshold": 0.3}""";

        assertThatThrownBy(() -> CoverageModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("not [sentence, words, answer");
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        CoverageModel model = CoverageModel.shipped();
        assertThatThrownBy(() -> model.withThresholds(0.3, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
