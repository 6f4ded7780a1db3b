package dev.viva.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One answer of a screening (its evaluation holds the text and result) and how far its grading was
 * dispatched: the round (new after each budget pause), whether the round's job reached the job
 * engine, whether it waits for budget, and which instance graded it.
 */
@Entity
@Table(name = "screening_answer")
public class ScreeningAnswer {

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "screening_id")
    public UUID screeningId;

    @Column(name = "candidate_ref")
    public String candidateRef;

    @Column(name = "question_id")
    public String questionId;

    public int round;

    public boolean enqueued;

    @Column(name = "budget_held")
    public boolean budgetHeld;

    /** How many times a worker began grading it (more than one only after a worker died mid-grading). */
    @Column(name = "grading_starts")
    public int gradingStarts;

    @Column(name = "graded_by")
    public String gradedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The job of this answer's current round: the same id whoever enqueues it, so it is enqueued once. */
    public UUID jobId() {
        return UUID.nameUUIDFromBytes((evaluationId + "/" + round).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
