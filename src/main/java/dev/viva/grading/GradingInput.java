package dev.viva.grading;

import dev.viva.rubric.model.Rubric;

/**
 * What a grader sees: the question, its rubric (as data) and the candidate's answer (as data), and
 * the language the learner wants the feedback in (an LLM follows it; offline feedback is English).
 *
 * @param feedbackLanguage a BCP 47 tag, or null for English
 */
public record GradingInput(String questionId, String questionText, String modelAnswer, Rubric rubric,
        String answer, String feedbackLanguage) {

    public GradingInput(String questionId, String questionText, String modelAnswer, Rubric rubric, String answer) {
        this(questionId, questionText, modelAnswer, rubric, answer, null);
    }
}
