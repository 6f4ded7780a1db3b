package dev.viva.grading.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the LLM grader ({@code viva.grading.llm.*}). The model, temperature and response
 * format are also handed to the OpenAI client in application.properties, so each has one source.
 */
@ConfigMapping(prefix = "viva.grading.llm")
public interface LlmGradingConfig {

    /** Whether the LLM grader may be used; off unless a model server is configured. */
    @WithDefault("false")
    boolean enabled();

    /** Model name, recorded with every result (also sent to the server). */
    @WithDefault("gpt-4o-mini")
    String model();

    /** Sampling temperature sent with every call. */
    @WithDefault("0")
    double temperature();

    /** OpenAI response format: json_schema (structured outputs), json_object or text. */
    @WithDefault("json_schema")
    String responseFormat();

    /** How many independent gradings to take; verdicts are decided by majority. */
    @WithDefault("1")
    int samples();

    /** Below this sample agreement (0..1) the result is flagged low_confidence. */
    @WithDefault("0.75")
    double minConfidence();

    /** Retries after a time-out, HTTP 429 or 5xx (so retries + 1 attempts at most). */
    @WithDefault("2")
    int retries();

    /** Time allowed for one HTTP call to the model server. */
    @WithDefault("60s")
    Duration timeout();

    /**
     * How many calls to the model server may be open at once (the HTTP client's connection pool).
     * The REST client's own default, 50, would cap the gradings that wait on the model at 50.
     */
    @WithDefault("500")
    int maxConnections();

    /** First back-off between retries; doubled on each further retry. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** Upper bound on any wait between retries, including a server's Retry-After. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** Price per 1,000 input tokens, for a cost estimate in the settings (optional). */
    Optional<Double> pricePer1kInputTokens();

    /** Price per 1,000 output tokens, for a cost estimate in the settings (optional). */
    Optional<Double> pricePer1kOutputTokens();
}
