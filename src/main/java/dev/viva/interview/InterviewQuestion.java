package dev.viva.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One question of an interview: when it was shown, its graded answer (an evaluation) and its follow-up. */
@Entity
@Table(name = "interview_question")
public class InterviewQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "interview_id")
    public UUID interviewId;

    /** 1-based, the order in which it is asked. */
    public int position;

    @Column(name = "question_id")
    public String questionId;

    public String topic;

    /** When it was shown to the learner; the time limit counts from here. Null until it is its turn. */
    @Column(name = "shown_at")
    public OffsetDateTime shownAt;

    /** The graded answer; null until the learner answered. */
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** Answered after the time limit: kept and graded, and reported as late. */
    public boolean late;

    /** The one follow-up question, when one was asked. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "follow_up")
    public FollowUp followUp;

    public boolean answered() {
        return evaluationId != null;
    }

    public boolean awaitingFollowUpAnswer() {
        return followUp != null && followUp.answeredAt() == null;
    }

    static boolean late(OffsetDateTime shown, OffsetDateTime answered, Integer limitSeconds) {
        return limitSeconds != null && shown != null
                && Duration.between(shown, answered).compareTo(Duration.ofSeconds(limitSeconds)) > 0;
    }
}
