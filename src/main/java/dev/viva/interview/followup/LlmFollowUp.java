package dev.viva.interview.followup;

import dev.langchain4j.model.output.structured.Description;

/** A follow-up question as the model returns it. */
public record LlmFollowUp(@Description("the one follow-up question, plain text") String question) {
}
