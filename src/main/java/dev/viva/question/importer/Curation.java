package dev.viva.question.importer;

import dev.viva.question.ModelAnswerOrigin;

/**
 * A maintainers' curation file, {@code questions/<area>/maintainers/<question-id>.yaml}: overrides the
 * topic and/or supplies a model answer where the document has none or gets it wrong.
 */
public record Curation(String questionId, String topic, Answer modelAnswer) {

    /** A model answer written (maintainers) or corrected (maintainers_corrected) by the maintainers. */
    public record Answer(ModelAnswerOrigin origin, String author, String note, String text) {
    }
}
