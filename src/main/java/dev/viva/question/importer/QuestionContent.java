package dev.viva.question.importer;

import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.importer.Curation.Answer;
import java.util.Optional;

/**
 * What a question holds once the maintainers' curation is applied: the topic override, and the model
 * answer graded against, while the document's own answer is kept as its source.
 */
public record QuestionContent(String text, String topic, String documentAnswer, String modelAnswer,
        ModelAnswerOrigin origin, String author, String note) {

    public static QuestionContent of(ParsedQuestion parsed, Optional<Curation> curation) {
        String topic = curation.map(Curation::topic).orElse(parsed.topic());
        String documentAnswer = parsed.documentAnswer();
        Optional<Answer> curated = curation.map(Curation::modelAnswer);
        if (curated.isPresent()) {
            Answer a = curated.get();
            return new QuestionContent(parsed.text(), topic, documentAnswer, a.text().strip(), a.origin(),
                    a.author(), a.note() == null ? null : a.note().strip());
        }
        ModelAnswerOrigin origin = documentAnswer == null ? ModelAnswerOrigin.NONE : ModelAnswerOrigin.DOCUMENT;
        return new QuestionContent(parsed.text(), topic, documentAnswer, documentAnswer, origin, null, null);
    }
}
