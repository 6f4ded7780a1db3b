package dev.viva.question.importer;

import dev.viva.support.DomainException;

/** A readable document in which the parser found no question. */
public class NoQuestionsInDocumentException extends DomainException {

    public NoQuestionsInDocumentException(String name) {
        super(Kind.UNPROCESSABLE, "No questions found", "The document '" + name + "' contains no question:"
                + " expected bold-italic lines (***...***), numbered headings (## 2.1 ...), or a heading"
                + " followed by a question and a **Candidate:** answer.");
    }
}
