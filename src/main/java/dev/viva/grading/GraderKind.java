package dev.viva.grading;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum GraderKind {
    /** An LLM behind an OpenAI-compatible chat-completions API. */
    @JsonProperty("llm") LLM,
    /** The in-process embedding grader: no network, no key. */
    @JsonProperty("offline") OFFLINE,
    /** The LLM where one is configured, otherwise the offline grader. */
    @JsonProperty("auto") AUTO
}
