package dev.viva.grading;

import dev.viva.rubric.model.Rubric;

/** What a grader sees: the question, its rubric (as data) and the candidate's answer (as data). */
public record GradingInput(String questionId, String questionText, String modelAnswer, Rubric rubric,
        String answer) {
}
