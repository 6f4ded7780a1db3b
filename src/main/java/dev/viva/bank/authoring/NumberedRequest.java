package dev.viva.bank.authoring;

/** One question of a bulk file, with the line it is on. */
public record NumberedRequest(int line, QuestionRequest request) {
}
