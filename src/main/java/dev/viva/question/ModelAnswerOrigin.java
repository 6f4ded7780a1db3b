package dev.viva.question;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ModelAnswerOrigin {
    /** The document's answer, used as it is. */
    @JsonProperty("document") DOCUMENT,
    /** Written by the Viva maintainers because the document has none. */
    @JsonProperty("maintainers") MAINTAINERS,
    /** The document's answer corrected or completed by the maintainers; the original stays visible. */
    @JsonProperty("maintainers_corrected") MAINTAINERS_CORRECTED,
    /** Drafted by an LLM and approved by a reviewer, who is recorded as its author. */
    @JsonProperty("reviewer_approved") REVIEWER_APPROVED,
    /** Given by whoever created the question through the API, who is recorded as its author. */
    @JsonProperty("api") API,
    /** No model answer yet. */
    @JsonProperty("none") NONE
}
