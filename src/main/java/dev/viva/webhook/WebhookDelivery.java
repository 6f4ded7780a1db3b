package dev.viva.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One webhook message and what happened to it: the same id (webhook-id) across its attempts. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    @Id
    public String id;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "client_ref")
    public String clientRef;

    public String url;

    @Column(name = "event_type")
    public String eventType;

    /** The exact body sent (and signed) on every attempt. */
    public String payload;

    public String status;

    public int attempts;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    /** Until when an attempt in progress holds it. */
    @Column(name = "held_until")
    public OffsetDateTime heldUntil;

    /** When it was last handed to the job engine. */
    @Column(name = "enqueued_at")
    public OffsetDateTime enqueuedAt;
}
