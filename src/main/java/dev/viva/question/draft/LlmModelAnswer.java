package dev.viva.question.draft;

import dev.langchain4j.model.output.structured.Description;

/** A model answer as the model returns it. */
public record LlmModelAnswer(@Description("the reference answer, Markdown") String answer,
        @Description("for the reviewer: assumptions, what to check") String notes) {
}
