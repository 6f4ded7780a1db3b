package dev.viva.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One sign-in in the append-only audit trail {@code sign_in_audit}: never a password or a whole key. */
@Entity
@Table(name = "sign_in_audit")
public class SignInAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** form or api-key. */
    public String method;

    /** signed-in, failed or throttled. */
    public String outcome;

    /** The user name given, or for an API key the first characters of the key presented. */
    public String principal;

    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
