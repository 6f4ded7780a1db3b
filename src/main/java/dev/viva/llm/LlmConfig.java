package dev.viva.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The model server every AI service calls ({@code viva.llm.*}) and the one call policy around those
 * calls. The model, temperature, response format and time-out are also handed to the OpenAI client in
 * application.properties, so each has one source. Environment variables: VIVA_LLM_ENABLED,
 * VIVA_LLM_MODEL, VIVA_LLM_RETRIES, ...
 */
@ConfigMapping(prefix = "viva.llm")
public interface LlmConfig {

    /** Whether an LLM may be used; off unless a model server is configured. */
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

    /** Time allowed for one HTTP call to the model server. */
    @WithDefault("60s")
    Duration timeout();

    /**
     * How many calls to the model server may be open at once (the HTTP client's connection pool).
     * The REST client's own default, 50, would cap the gradings that wait on the model at 50.
     */
    @WithDefault("500")
    int maxConnections();

    /** Retries after a time-out, HTTP 429 or 5xx (so retries + 1 attempts at most). */
    @WithDefault("2")
    int retries();

    /** First back-off between retries; doubled on each further retry. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** Upper bound on any wait between retries, including a server's Retry-After. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** The one circuit breaker in front of the model server. */
    CircuitBreaker circuitBreaker();

    /** Price per 1,000 input tokens, for a cost estimate in the settings (optional). */
    Optional<Double> pricePer1kInputTokens();

    /** Price per 1,000 output tokens, for a cost estimate in the settings (optional). */
    Optional<Double> pricePer1kOutputTokens();

    /** How readiness reports the model server (a check that never fails: grading goes on offline). */
    Health health();

    interface Health {

        /** How long one probe's answer is reused, so that frequent health checks do not call the server each time. */
        @WithDefault("30s")
        Duration cacheTtl();

        /** Time allowed for the probe (GET {base-url}models); no answer within it counts as unreachable. */
        @WithDefault("2s")
        Duration timeout();
    }

    interface CircuitBreaker {

        /**
         * How many recent calls the breaker judges. A window of a few calls would open on a burst of
         * three reset connections among hundreds of calls in flight.
         */
        @WithDefault("20")
        int window();

        /** Share of failed calls in the window from which the breaker opens. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker refuses calls before it lets one through to try. */
        @WithDefault("30s")
        Duration delay();
    }
}
