package dev.viva.screening;

import dev.viva.grading.GraderKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A hiring screening: candidates' answers to a fixed set of bank questions, graded in the background. */
@Entity
@Table(name = "screening")
public class Screening {

    @Id
    public UUID id;

    public String name;

    /** The questions, in the order candidates answer them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "question_ids")
    public List<String> questionIds;

    @Enumerated(EnumType.STRING)
    public GraderKind grader;

    public boolean blind;

    /** The most this screening's model calls may cost; null: the configured viva.screening.budget. */
    public BigDecimal budget;

    @Column(name = "paused_budget")
    public boolean pausedBudget;

    @Column(name = "unblinded_by")
    public String unblindedBy;

    @Column(name = "unblinded_at")
    public OffsetDateTime unblindedAt;

    /** Who created it (a user name or key:&lt;name&gt;); a client sees its own screenings only. */
    @Column(name = "owner_ref")
    public String ownerRef;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** Days its candidates' data is kept after it closes; null: viva.retention.screenings. */
    @Column(name = "retention_days")
    public Integer retentionDays;

    /** When the hiring team closed it: no answers are taken after that, and retention counts from it. */
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** When retention last deleted its candidates' data. */
    @Column(name = "purged_at")
    public OffsetDateTime purgedAt;

    public boolean closed() {
        return closedAt != null;
    }

    /** Whether reviewers see aliases instead of candidate references (blind and not unblinded). */
    public boolean hidesCandidates() {
        return blind && unblindedAt == null;
    }
}
