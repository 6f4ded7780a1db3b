package dev.viva.rubric;

import dev.viva.rubric.model.AuditFinding;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;

import jakarta.persistence.Column;
import dev.viva.support.CacheInvalidation;
import dev.viva.support.InvalidatesCaches;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One immutable version of a question's rubric. At most one version per question is active. The
 * content (criteria, notes) and its hash never change; approval changes only the status, the active
 * flag and who approved it when. The status inside the content is as its author wrote it.
 */
@Entity
@EntityListeners(CacheInvalidation.class)
@InvalidatesCaches("grading-context") // the caches that hold snapshots of these rows
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

    /**
     * Where it came from: "file", "api", "llm", "offline"; "auto" when it was approved as it was stored,
     * at the request of whoever created the question, without a reviewer.
     */
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

    /** What an LLM found wrong or outdated in the model answer while drafting this version, for the reviewer. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AuditFinding> audit = new ArrayList<>();

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
}
