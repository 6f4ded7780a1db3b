package dev.viva.bank;

import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.RubricStatus;
import dev.viva.rubric.RubricVersion;
import java.util.List;

/**
 * A question with its model answer (the one graded against) and the document's own answer as source.
 */
public record QuestionDetail(String id, String text, String topic, String bank, Source source,
        ModelAnswer modelAnswer, String documentModelAnswer, String duplicateOf, ActiveRubric activeRubric) {

    /** Where the question comes from: document name and heading or line. */
    public record Source(String document, String location) {
    }

    /** The model answer and who stands behind it. */
    public record ModelAnswer(String text, ModelAnswerOrigin origin, String author, String note) {
    }

    /** The rubric version grading uses for this question. */
    public record ActiveRubric(int version, RubricStatus status, String contentHash, List<Criterion> criteria) {
    }

    static QuestionDetail of(Question q, RubricVersion rubric) {
        ModelAnswer answer = q.modelAnswer == null ? null
                : new ModelAnswer(q.modelAnswer, q.modelAnswerOrigin, q.modelAnswerAuthor, q.modelAnswerNote);
        ActiveRubric active = rubric == null ? null
                : new ActiveRubric(rubric.version, rubric.status, rubric.contentHash,
                        rubric.content == null ? List.of() : rubric.content.criteria());
        return new QuestionDetail(q.id, q.text, q.topic, q.bank, new Source(q.sourceDocument, q.sourceLocation),
                answer, q.documentModelAnswer, q.duplicateOf, active);
    }
}
