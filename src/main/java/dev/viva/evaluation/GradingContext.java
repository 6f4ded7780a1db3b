package dev.viva.evaluation;

import dev.viva.question.Question;
import dev.viva.rubric.RubricVersion;

/**
 * What an answer is graded against: the question (text, model answer) and the rubric version used.
 * The entities are detached and, once cached, shared by concurrent gradings: read them, never change them.
 */
public record GradingContext(Question question, RubricVersion rubric) {
}
