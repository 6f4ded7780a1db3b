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
        GraderKind grader,
        @Schema(description = "With Prefer: respond-async (or ?async=true): where the learner-safe feedback is POSTed "
                + "when grading ends, signed as Standard Webhooks with the API key's webhook secret",
                examples = "https://platform.example.com/hooks/viva")
        @Size(max = 2000) String callbackUrl,
        @Schema(description = "Language of the feedback (BCP 47), with an LLM; else the Accept-Language header. "
                + "Offline feedback is in English.", examples = "de")
        @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") @Size(max = 35) String lang) {

    /** A request without the asynchronous fields. */
    public EvaluationRequest(String questionId, String answer, String candidateRef, GraderKind grader) {
        this(questionId, answer, candidateRef, grader, null, null);
    }
}
