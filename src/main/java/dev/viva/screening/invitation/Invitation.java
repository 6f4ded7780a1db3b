package dev.viva.screening.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A link that lets one candidate answer a screening without an account; the token is stored hashed. */
@Entity
@Table(name = "screening_invitation")
public class Invitation {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "screening_id")
    public UUID screeningId;

    @Column(name = "candidate_ref")
    public String candidateRef;

    /** The candidate's drafts by question id, kept until the one submission. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> drafts = new HashMap<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "spent_at")
    public OffsetDateTime spentAt;
}
