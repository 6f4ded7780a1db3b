package dev.viva.question;

import dev.viva.support.Caches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Test helper: removes what a test imported, and counts rows to show that a failed import changed nothing. */
@ApplicationScoped
public class BankFixtures {

    public record Counts(long questions, long documents) {
    }

    private final QuestionRepository questions;
    private final SourceDocumentRepository documents;

    public BankFixtures(QuestionRepository questions, SourceDocumentRepository documents) {
        this.questions = questions;
        this.documents = documents;
    }

    @Transactional
    public void forget(String... documentNames) {
        for (String name : documentNames) {
            questions.delete("sourceDocument", name);
            documents.delete("name", name);
        }
        Caches.emptyAll();
    }

    @Transactional
    public Counts counts() {
        return new Counts(questions.count(), documents.count());
    }

    @Transactional
    public Question question(String id) {
        return questions.findById(id);
    }

    @Transactional
    public List<Question> ofDocument(String name) {
        return questions.list("sourceDocument = ?1 order by sourcePosition", name);
    }

    @Transactional
    public List<Question> all() {
        return questions.listAll();
    }

    @Transactional
    public SourceDocument document(String name) {
        return documents.findByName(name).orElse(null);
    }
}
