package dev.viva.grading.offline;

import dev.viva.text.SentenceEmbedder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the offline grader ({@code viva.grading.offline.*}); defaults in {@link OfflineThresholds}. */
@ConfigMapping(prefix = "viva.grading.offline")
public interface OfflineGraderConfig {

    /** Combined match score from which a criterion is met. */
    @WithDefault(OfflineThresholds.MET)
    double metThreshold();

    /** Combined match score from which a criterion is partially met. */
    @WithDefault(OfflineThresholds.PARTIAL)
    double partialThreshold();

    /** Weight of content-word recall (criterion words found in the answer) in the combined score. */
    @WithDefault(OfflineThresholds.OVERLAP_WEIGHT)
    double overlapWeight();

    /** Weight of the whole answer's similarity to the model answer in the combined score. */
    @WithDefault(OfflineThresholds.ANSWER_WEIGHT)
    double answerWeight();

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

    /** A verdict whose score lies this close to a threshold is uncertain. */
    @WithDefault(OfflineThresholds.NEAR_MARGIN)
    double lowConfidenceMargin();

    /** Share of uncertain verdicts from which the result is flagged low confidence. */
    @WithDefault(OfflineThresholds.NEAR_SHARE)
    double lowConfidenceShare();

    default OfflineThresholds thresholds() {
        return new OfflineThresholds(metThreshold(), partialThreshold(), overlapWeight(), answerWeight(),
                offTopicThreshold(), minWords(), questionEchoMargin(), penaltyThreshold(), penaltyDoubtMargin(),
                lowConfidenceMargin(), lowConfidenceShare());
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
