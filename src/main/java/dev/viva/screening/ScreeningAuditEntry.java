package dev.viva.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a screening's append-only audit trail: a decision, an unblinding, a demographics upload. */
@Entity
@Table(name = "screening_audit")
public class ScreeningAuditEntry {

    public static final String DECISION = "decision";
    public static final String UNBLIND = "unblind";
    public static final String DEMOGRAPHICS = "demographics";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "screening_id")
    public UUID screeningId;

    @Column(name = "candidate_ref")
    public String candidateRef;

    public String action;

    public String decision;

    public String reason;

    public String actor;

    public OffsetDateTime at;

    public static ScreeningAuditEntry of(UUID screeningId, String candidateRef, String action, String decision,
            String reason, String actor) {
        ScreeningAuditEntry e = new ScreeningAuditEntry();
        e.screeningId = screeningId;
        e.candidateRef = candidateRef;
        e.action = action;
        e.decision = decision;
        e.reason = reason;
        e.actor = actor;
        e.at = OffsetDateTime.now();
        return e;
    }
}
