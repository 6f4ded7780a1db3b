package dev.viva.screening.intake;

/** One row of an uploaded file: which candidate answered which question, and how. */
public record SubmittedAnswer(int line, String candidateRef, String questionId, String answer) {
}
