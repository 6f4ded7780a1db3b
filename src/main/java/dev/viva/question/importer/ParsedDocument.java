package dev.viva.question.importer;

import java.util.List;

/** What a document yields: its questions, and what was read but is not a question (with why). */
public record ParsedDocument(List<ParsedQuestion> questions, List<Ignored> ignored) {

    public record Ignored(String text, String reason) {
    }

    public ParsedDocument {
        questions = List.copyOf(questions);
        ignored = List.copyOf(ignored);
    }
}
