package dev.viva.interview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dev.viva.grading.GraderKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mock interview to start. Without topic and questionIds, the questions are spread across all topics. */
public record InterviewRequest(
        @Schema(description = "The learner it is for (required for an API key; a signed-in learner is always themself)",
                examples = "learner-42")
        @Size(min = 1, max = 200) @Pattern(regexp = LEARNER_REF) String learnerRef,
        @Schema(description = "Only questions of this topic (GET /api/interviews/topics lists them)",
                examples = "Node.js Event Loop")
        @Size(min = 1, max = 200) String topic,
        @Schema(description = "These questions, in this order, instead of a topic")
        @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) String> questionIds,
        @Schema(description = "How many questions (default 5); fewer when the topic has fewer", examples = "3")
        @Min(1) @Max(20) Integer questionCount,
        @Schema(description = "Ask one follow-up about a missed required point (default true)", examples = "true")
        Boolean followUps,
        @Schema(description = "Time per question, in seconds; a later answer is kept and marked late", examples = "300")
        @Min(10) @Max(7200) Integer timeLimitSeconds,
        @Schema(description = "llm, offline or auto for every answer (default: viva.grading.default-grader)")
        GraderKind grader) {

    /** A request without a grader: the default one. */
    public InterviewRequest(String learnerRef, String topic, List<String> questionIds, Integer questionCount,
            Boolean followUps, Integer timeLimitSeconds) {
        this(learnerRef, topic, questionIds, questionCount, followUps, timeLimitSeconds, null);
    }

    /** What a learnerRef may look like: also the path segment of GET /api/learners/{learnerRef}/progress. */
    public static final String LEARNER_REF = "[A-Za-z0-9._@:+-]{1,200}";
}
