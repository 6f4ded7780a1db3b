package dev.viva.bank.authoring;

import dev.viva.question.Question;
import dev.viva.support.DomainException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question as a change request makes it read: the fields given replace the question's. A change
 * must change something; a question keeps its id and its bank.
 */
record QuestionEdit(String text, String topic, String modelAnswer) {

    static QuestionEdit of(Question q, QuestionRequest changes) {
        if (changes.id() != null && !changes.id().equals(q.id)) {
            throw invalid("id", "is '" + q.id + "' (the path's) and cannot change");
        }
        if (changes.bank() != null && !changes.bank().equals(q.bank)) {
            throw invalid("bank", "is '" + q.bank + "' and cannot change; create the question in the other bank");
        }
        QuestionEdit edit = new QuestionEdit(or(changes.text(), q.text), or(changes.topic(), q.topic),
                or(changes.modelAnswer(), q.modelAnswer));
        boolean changed = !Objects.equals(edit.text, q.text) || !Objects.equals(edit.topic, q.topic)
                || !Objects.equals(edit.modelAnswer, q.modelAnswer) || changes.rubric() != null;
        if (!changed) {
            throw invalid("body", "changes nothing: give text, topic, modelAnswer or rubric with a new value");
        }
        return edit;
    }

    void applyTo(Question q, OffsetDateTime now) {
        q.text = text;
        q.topic = topic;
        q.modelAnswer = modelAnswer;
        q.updatedAt = now;
    }

    private static String or(String given, String current) {
        return given == null ? current : given.strip();
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid request", field + ": " + message,
                Map.of("violations", List.of(Map.of("field", field, "message", message))));
    }
}
