package dev.viva.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A candidate of a screening: the alias shown while it is blind, and the reviewers' decision. */
@Entity
@Table(name = "screening_candidate")
@IdClass(ScreeningCandidate.Key.class)
public class ScreeningCandidate {

    /** What a blind screening shows instead of the candidate's reference; never a valid reference itself. */
    public static final java.util.regex.Pattern ALIAS = java.util.regex.Pattern.compile("Candidate [0-9]+");

    @Id
    @Column(name = "screening_id")
    public UUID screeningId;

    @Id
    @Column(name = "candidate_ref")
    public String candidateRef;

    @Column(name = "alias_no")
    public int aliasNo;

    /** advance, reject or hold; null until a reviewer decides. */
    public String decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public String alias() {
        return "Candidate " + aliasNo;
    }

    /** The reference reviewers may see: the alias while the screening hides candidates and no decision is recorded. */
    public String shownRef(Screening screening) {
        return hidden(screening) ? alias() : candidateRef;
    }

    public boolean hidden(Screening screening) {
        return screening.hidesCandidates() && decision == null;
    }

    /** The primary key: a screening and a candidate reference. */
    public static class Key implements Serializable {
        public UUID screeningId;
        public String candidateRef;

        public Key() {
        }

        public Key(UUID screeningId, String candidateRef) {
            this.screeningId = screeningId;
            this.candidateRef = candidateRef;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(screeningId, k.screeningId)
                    && java.util.Objects.equals(candidateRef, k.candidateRef);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(screeningId, candidateRef);
        }
    }
}
