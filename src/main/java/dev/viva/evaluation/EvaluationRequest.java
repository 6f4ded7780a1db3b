package dev.viva.evaluation;

import dev.viva.grading.GraderKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A candidate's answer to grade. The answer's length limit is configurable (viva.grading.max-answer-chars). */
public record EvaluationRequest(
        @Schema(examples = "what-event-loop") @NotBlank @Size(max = 200) String questionId,
        @Schema(examples = "The event loop lets Node.js run callbacks when I/O completes, so one thread serves many requests.")
        @NotNull String answer,
        @Schema(description = "Your reference for the candidate or learner", examples = "candidate-42")
        @Size(max = 200) String candidateRef,
        @Schema(description = "llm, offline or auto (default: auto = the LLM where one is configured, else offline)")
        GraderKind grader) {
}
