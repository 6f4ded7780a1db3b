package dev.viva.interview;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The learner's answer to the question (or follow-up) being asked. Its length limit is viva.grading.max-answer-chars. */
public record AnswerRequest(
        @Schema(examples = "The event loop lets one thread serve many requests: while I/O waits, callbacks are queued.")
        @NotNull String answer) {
}
