package dev.viva.question.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A model answer an LLM drafted for a question; graded against only once approved and copied onto the question. */
@Entity
@Table(name = "model_answer_draft")
public class ModelAnswerDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "question_id")
    public String questionId;

    public String text;

    /** The model's notes for the reviewer. */
    public String notes;

    @Enumerated(EnumType.STRING)
    public DraftStatus status;

    public String model;

    /** Prompt file name to SHA-256, as grading results record them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> prompts = new LinkedHashMap<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    public enum DraftStatus {
        draft, approved
    }
}
