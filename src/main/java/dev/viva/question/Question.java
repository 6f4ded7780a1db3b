package dev.viva.question;

import jakarta.persistence.Column;
import dev.viva.support.CacheInvalidation;
import dev.viva.support.InvalidatesCaches;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A question of a bank: imported from a customer document, brought by a calibration run, or created
 * through the API by a learning platform, which then owns it ({@link #ownerRef}).
 */
@Entity
@EntityListeners(CacheInvalidation.class)
@InvalidatesCaches("grading-context") // the caches that hold snapshots of these rows
@Table(name = "question")
public class Question {

    @Id
    public String id;

    /** "interview" for the shipped bank; calibration runs and API callers use banks of their own. */
    public String bank;

    public String text;

    public String topic;

    /** The document it was imported from; none for a question created through the API. */
    @Column(name = "source_document")
    public String sourceDocument;

    /** Where in the document: heading or line number. */
    @Column(name = "source_location")
    public String sourceLocation;

    /** Order of the question within its document, from 1. */
    @Column(name = "source_position")
    public int sourcePosition;

    /** The document's own model answer, repaired for encoding damage but otherwise verbatim. */
    @Column(name = "document_model_answer")
    public String documentModelAnswer;

    /** The model answer graded against: the document's, or the maintainers' where it lacks or errs. */
    @Column(name = "model_answer")
    public String modelAnswer;

    @Enumerated(EnumType.STRING)
    @Column(name = "model_answer_origin")
    public ModelAnswerOrigin modelAnswerOrigin;

    /** Who wrote the model answer when it is not the document's (from the curation file). */
    @Column(name = "model_answer_author")
    public String modelAnswerAuthor;

    /** Why the maintainers wrote or corrected the model answer. */
    @Column(name = "model_answer_note")
    public String modelAnswerNote;

    /** Id of a question with the same text elsewhere in the bank. */
    @Column(name = "duplicate_of")
    public String duplicateOf;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * Who created it through the API (a user name, or {@code key:<name>} for an API key), the only
     * client that sees it; none for the questions Viva brings in (documents, calibration runs).
     */
    @Column(name = "owner_ref")
    public String ownerRef;

    /** When it was retired: it takes no new answers and leaves the listings; its evaluations stay. */
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "retired_by")
    public String retiredBy;

    public boolean retired() {
        return retiredAt != null;
    }

    /** Created through the API (and so changed and retired through it), rather than brought in by Viva. */
    public boolean createdThroughTheApi() {
        return ownerRef != null;
    }
}
