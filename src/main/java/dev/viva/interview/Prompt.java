package dev.viva.interview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the learner is asked now: a question of the interview, or the follow-up on the question just answered.
 *
 * @param index    1-based position of the question in the interview
 * @param deadline when the answer becomes late (timed interviews only)
 */
@Schema(name = "InterviewPrompt", description = "The next question, or {followUp: {text, criterionId}}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Prompt(@Schema(examples = "1") Integer index, @Schema(examples = "what-event-loop") String questionId,
        @Schema(examples = "What is the Event Loop?") String text, @Schema(examples = "Node.js Event Loop") String topic,
        FollowUpPrompt followUp, OffsetDateTime deadline) {

    public record FollowUpPrompt(
            @Schema(examples = "Let us come back to one point of your answer. What runs the JavaScript itself?")
            String text,
            @Schema(examples = "single-threaded") String criterionId) {
    }

    static Prompt question(int index, String questionId, String text, String topic, OffsetDateTime deadline) {
        return new Prompt(index, questionId, text, topic, null, deadline);
    }

    static Prompt followUp(String text, String criterionId, OffsetDateTime deadline) {
        return new Prompt(null, null, null, null, new FollowUpPrompt(text, criterionId), deadline);
    }
}
