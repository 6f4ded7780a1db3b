package dev.viva.interview;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A started interview and its first question. */
public record InterviewStarted(UUID id, @Schema(examples = "in_progress") InterviewStatus status,
        @Schema(examples = "learner-42") String learnerRef, @Schema(examples = "3") int questionCount,
        @Schema(nullable = true) Integer timeLimitSeconds, Prompt question) {
}
