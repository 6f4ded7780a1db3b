package dev.viva.evaluation;

import dev.viva.grading.Feedback;
import dev.viva.grading.Flag;
import dev.viva.grading.GraderKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One submitted answer and, once graded, its result. The row is written before grading starts, so an
 * accepted answer is never lost; a failed grading leaves it {@code ungraded}, never a zero.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    public UUID id;

    @Column(name = "question_id")
    public String questionId;

    @Column(name = "candidate_ref")
    public String candidateRef;

    /** Who submitted it (API key or user), so that a client reads only its own evaluations. */
    @Column(name = "client_ref")
    public String clientRef;

    public String answer;

    @Column(name = "answer_hash")
    public String answerHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_grader")
    public GraderKind requestedGrader;

    @Enumerated(EnumType.STRING)
    public EvaluationStatus status;

    public BigDecimal score;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CriterionResult> criteria;

    @JdbcTypeCode(SqlTypes.JSON)
    public Feedback feedback;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Flag> flags = new ArrayList<>();

    public Double confidence;

    @JdbcTypeCode(SqlTypes.JSON)
    public Provenance provenance;

    @Column(name = "rubric_version_id")
    public Long rubricVersionId;

    /** Hash of everything that determines the result; an identical request reuses it. */
    @Column(name = "cache_key")
    public String cacheKey;

    /** Set when this result was copied from an identical earlier grading. */
    @Column(name = "cached_from")
    public UUID cachedFrom;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** The evaluation this one regrades. */
    @Column(name = "previous_id")
    public UUID previousId;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The score with reviewers' overrides applied (by ScoreCalculator); the machine score stays in {@link #score}. */
    @Column(name = "reviewed_score")
    public BigDecimal reviewedScore;

    /** The criteria with reviewers' overrides applied; the machine verdicts stay in {@link #criteria}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reviewed_criteria")
    public List<CriterionResult> reviewedCriteria;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "graded_at")
    public OffsetDateTime gradedAt;

    /** Where the feedback goes when an asynchronous grading ends (a webhook); null for a synchronous one. */
    @Column(name = "callback_url")
    public String callbackUrl;

    /** The language the learner asked the feedback in (lang or Accept-Language); null for the default. */
    @Column(name = "feedback_lang")
    public String feedbackLang;

    /** The hiring screening this answer belongs to, if any. */
    @Column(name = "screening_id")
    public UUID screeningId;

    /** What reviewers see instead of {@link #candidateRef} while {@link #candidateHidden} (a blind screening). */
    @Column(name = "candidate_alias")
    public String candidateAlias;

    @Column(name = "candidate_hidden")
    public boolean candidateHidden;

    /** The candidate as reviewers may see them: the alias while the screening keeps them hidden. */
    public String shownCandidateRef() {
        return candidateHidden ? candidateAlias : candidateRef;
    }
}
