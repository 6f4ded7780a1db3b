package dev.viva.grading.offline;

import dev.viva.text.SentenceEmbedder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Typed settings of the offline grader ({@code viva.grading.offline.*}); defaults in {@link OfflineThresholds}. */
@ConfigMapping(prefix = "viva.grading.offline")
public interface OfflineGraderConfig {

    /** Coverage (0..1) from which a criterion is met; unset, the threshold fitted with the shipped model. */
    Optional<Double> metThreshold();

    /** Coverage (0..1) from which a criterion is partially met; unset, the one fitted with the shipped model. */
    Optional<Double> partialThreshold();

    /** Below this best similarity to any criterion or the model answer the answer is off topic. */
    @WithDefault(OfflineThresholds.OFF_TOPIC)
    double offTopicThreshold();

    /** Answers with fewer words are flagged too short. */
    @WithDefault(OfflineThresholds.MIN_WORDS)
    int minWords();

    /** A sentence as close to the question as to a criterion (within this margin) earns nothing extra. */
    @WithDefault(OfflineThresholds.ECHO_MARGIN)
    double questionEchoMargin();

    /** Similarity from which a penalty (misconception) counts as present, when negation cues agree. */
    @WithDefault(OfflineThresholds.PENALTY)
    double penaltyThreshold();

    /** Below the penalty threshold by less than this, the penalty is not applied but flagged low confidence. */
    @WithDefault(OfflineThresholds.PENALTY_DOUBT)
    double penaltyDoubtMargin();

    /** A verdict whose coverage lies this close to a threshold is uncertain. */
    @WithDefault(OfflineThresholds.NEAR_MARGIN)
    double lowConfidenceMargin();

    /** Share of uncertain verdicts from which the result is flagged low confidence. */
    @WithDefault(OfflineThresholds.NEAR_SHARE)
    double lowConfidenceShare();

    /**
     * The coverage model, a JSON file on the classpath: {@code offline-grader/coverage-model.json} (the default: the
     * hand-tuned mix of three features) or {@code offline-grader/coverage-model-v2.json} (trained across questions by
     * {@code CoverageModelTraining}; see docs/grading.md for why it is not the default).
     */
    @WithDefault(CoverageModel.RESOURCE)
    String coverageModelFile();

    default OfflineThresholds thresholds() {
        return new OfflineThresholds(offTopicThreshold(), minWords(), questionEchoMargin(), penaltyThreshold(), penaltyDoubtMargin(),
                lowConfidenceMargin(), lowConfidenceShare());
    }

    /** The shipped coverage model, with the thresholds set here in place of its own. */
    default CoverageModel coverageModel() {
        CoverageModel shipped = CoverageModel.resource(coverageModelFile());
        return shipped.withThresholds(metThreshold().orElse(shipped.metThreshold()),
                partialThreshold().orElse(shipped.partialThreshold()));
    }

    /**
     * The embedding model, by the base name of its ONNX file on the classpath: {@code all-minilm-l6-v2-q}
     * (int8-quantised, the default: about 1.5x faster on CPU) or {@code all-minilm-l6-v2} (float32).
     */
    @WithDefault(SentenceEmbedder.DEFAULT_MODEL)
    String model();

    /** ONNX threads per inference; 1 lets concurrent gradings each use a core of their own. */
    @WithDefault("1")
    int threadsPerInference();
}
