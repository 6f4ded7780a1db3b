package dev.viva.review.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What live agreement and the scores per question need of an evaluation that retention or an erasure
 * deleted, and nothing of the person: no evaluation id, no reference, no answer, no quote; days, not times.
 */
@Entity
@Table(name = "anonymous_grading")
public class AnonymousGrading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "question_id")
    public String questionId;

    @Column(name = "rubric_version")
    public int rubricVersion;

    @Column(name = "prompt_hash")
    public String promptHash;

    public String model;

    public String grader;

    public String status;

    public BigDecimal score;

    @Column(name = "reviewed_score")
    public BigDecimal reviewedScore;

    /** Criterion id to the machine's verdict. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> verdicts;

    /** Criterion id to the verdict after review; null when it was never reviewed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reviewed_verdicts")
    public Map<String, String> reviewedVerdicts;

    @Column(name = "graded_on")
    public LocalDate gradedOn;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    /** retention or erasure. */
    @Column(name = "removed_by")
    public String removedBy;

    @Column(name = "removed_on")
    public LocalDate removedOn;
}
