package dev.viva.rubric.model;

/**
 * A claim of a model answer that looks wrong or outdated, found while drafting a rubric from it.
 *
 * @param claim  the claim, quoted or closely paraphrased from the model answer
 * @param reason why it looks wrong or outdated, and what is right instead
 */
public record AuditFinding(String claim, String reason) {
}
