package dev.viva.review;

import dev.viva.grading.Verdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of an evaluation's audit trail: appended, never changed (the database refuses updates). */
@Entity
@Table(name = "review_entry")
public class ReviewEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Enumerated(EnumType.STRING)
    public ReviewAction action;

    @Column(name = "criterion_id")
    public String criterionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "before_verdict")
    public Verdict beforeVerdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "after_verdict")
    public Verdict afterVerdict;

    public String reason;

    @Column(name = "score_before")
    public BigDecimal scoreBefore;

    @Column(name = "score_after")
    public BigDecimal scoreAfter;

    public String reviewer;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
