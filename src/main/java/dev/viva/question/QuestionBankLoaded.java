package dev.viva.question;

/**
 * Fired (synchronously) once the question bank has been imported at start-up, so that features that
 * refer to questions (rubric files, for one) load after them.
 */
public record QuestionBankLoaded(int questions) {
}
