package dev.viva.evaluation;

import dev.viva.question.Question;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.model.Rubric;

/**
 * What an answer is graded against: the question's text and model answer and the rubric version used.
 * An immutable snapshot, so that one cached copy can serve concurrent gradings.
 */
public record GradingContext(String questionId, String questionText, String modelAnswer, long rubricVersionId,
        int rubricVersion, String rubricHash, Rubric rubric) {

    public static GradingContext of(Question question, RubricVersion version) {
        Rubric content = version.content;
        Rubric frozen = new Rubric(content.questionId(), content.version(), content.status(),
                java.util.List.copyOf(content.criteria()), content.notes());
        return new GradingContext(question.id, question.text, question.modelAnswer, version.id, version.version,
                version.contentHash, frozen);
    }
}
