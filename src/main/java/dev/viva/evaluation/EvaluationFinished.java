package dev.viva.evaluation;

/**
 * Fired inside the transaction that stores the end of an asynchronous grading (graded, needs_review,
 * or ungraded with no retry left), so that what it sets off is stored with the result or not at all.
 */
public record EvaluationFinished(Evaluation evaluation) {
}
