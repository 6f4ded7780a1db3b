package dev.viva.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An erasure of everything tied to one reference. While it runs it keeps the reference, so that it can go
 * on after a crash; once done it is a tombstone: who erased, when, and how many records of each kind.
 */
@Entity
@Table(name = "person_erasure")
public class Erasure {

    public enum Status { running, done }

    @Id
    public UUID id;

    /** The person's reference while the erasure runs; null once it is done. */
    @Column(name = "person_ref")
    public String personRef;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> counts;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    /** When a worker last made progress; a running erasure silent for a while is taken up again. */
    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    void finish(RemovalCounts all) {
        counts = all.asMap();
        personRef = null;
        status = Status.done;
        finishedAt = OffsetDateTime.now();
        heartbeatAt = finishedAt;
    }
}
