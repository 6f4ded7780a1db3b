package dev.viva.question.importer;

/**
 * A question as the document states it, before it gets an id or meets the bank.
 *
 * @param text           the question, cleaned of Markdown, numbering and presentation remarks
 * @param title          what the id is made from: the text, or the heading of a question/candidate dialogue
 * @param topic          the enclosing numbered (or un-numbered) section, if any
 * @param location       where in the document: line number, and heading when there is one
 * @param position       order of the question in the document, from 1
 * @param documentAnswer the document's own answer, or null
 */
public record ParsedQuestion(String text, String title, String topic, String location, int position,
        String documentAnswer) {
}
