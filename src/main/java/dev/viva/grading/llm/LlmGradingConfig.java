package dev.viva.grading.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the LLM grader itself ({@code viva.grading.llm.*}); the model server and the call
 * policy are {@code viva.llm.*} ({@link dev.viva.llm.LlmConfig}).
 */
@ConfigMapping(prefix = "viva.grading.llm")
public interface LlmGradingConfig {

    /** How many independent gradings to take; verdicts are decided by majority. */
    @WithDefault("1")
    int samples();

    /** Below this sample agreement (0..1) the result is flagged low_confidence. */
    @WithDefault("0.75")
    double minConfidence();
}
