package dev.viva.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One mock interview. Its questions are {@link InterviewQuestion}s; {@link #currentPosition} is the one
 * being asked (its answer or its follow-up's answer is awaited).
 */
@Entity
@Table(name = "interview")
public class Interview {

    @Id
    public UUID id;

    /** Who runs it: the learner's user name, or the principal of the client API key acting for the learner. */
    @Column(name = "owner_ref")
    public String ownerRef;

    /** The learner, as the owner names them (for a learner who signs in: their user name). */
    @Column(name = "learner_ref")
    public String learnerRef;

    /** The topic asked for; null for a set spread across all topics. */
    public String topic;

    @Column(name = "follow_ups")
    public boolean followUps;

    /** The grader asked for (llm, offline, auto); null: viva.grading.default-grader. */
    @Enumerated(EnumType.STRING)
    public dev.viva.grading.GraderKind grader;

    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;

    /** The share of a criterion's weight that "met after follow-up" earns, as configured when it started. */
    @Column(name = "follow_up_credit")
    public double followUpCredit;

    @Enumerated(EnumType.STRING)
    public InterviewStatus status;

    /** 1-based position of the question being asked; past the last question once finished. */
    @Column(name = "current_position")
    public int currentPosition;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    public boolean inProgress() {
        return status == InterviewStatus.IN_PROGRESS;
    }
}
