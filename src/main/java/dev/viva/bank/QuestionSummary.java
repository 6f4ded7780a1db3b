package dev.viva.bank;

import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import java.time.OffsetDateTime;

/** A question as listed: enough to pick one. */
public record QuestionSummary(String id, String text, String topic, boolean hasModelAnswer,
        ModelAnswerOrigin modelAnswerOrigin, String sourceDocument, String duplicateOf, String owner,
        OffsetDateTime retiredAt) {

    static QuestionSummary of(Question q) {
        return new QuestionSummary(q.id, q.text, q.topic, q.modelAnswer != null, q.modelAnswerOrigin,
                q.sourceDocument, q.duplicateOf, q.ownerRef, q.retiredAt);
    }
}
