package dev.viva.bank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import java.time.OffsetDateTime;

/** A question as listed: enough to pick one. */
public record QuestionSummary(String id, String text, @Schema(nullable = true) String topic, boolean hasModelAnswer,
        @Schema(nullable = true) ModelAnswerOrigin modelAnswerOrigin, @Schema(nullable = true) String sourceDocument, @Schema(nullable = true) String duplicateOf,
        @Schema(nullable = true) String owner, @Schema(nullable = true) OffsetDateTime retiredAt) {

    static QuestionSummary of(Question q) {
        return new QuestionSummary(q.id, q.text, q.topic, q.modelAnswer != null, q.modelAnswerOrigin,
                q.sourceDocument, q.duplicateOf, q.ownerRef, q.retiredAt);
    }
}
