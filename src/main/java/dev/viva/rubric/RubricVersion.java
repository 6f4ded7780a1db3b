package dev.viva.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable version of a question's rubric. At most one version per question is active. */
@Entity
@Table(name = "rubric_version")
public class RubricVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "question_id")
    public String questionId;

    public int version;

    @Enumerated(EnumType.STRING)
    public RubricStatus status;

    /** The version grading uses; only an approved version can be active. */
    public boolean active;

    /** Where it came from: "file", "api", "llm", "offline". */
    public String origin;

    @JdbcTypeCode(SqlTypes.JSON)
    public Rubric content;

    /** SHA-256 of the canonical JSON of {@link #content}: what a stored result cites. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
