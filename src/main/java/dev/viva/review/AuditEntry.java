package dev.viva.review;

import dev.viva.grading.Verdict;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An audit entry as the API shows it: who, when, before, after, why, and the score it led to. */
public record AuditEntry(long id, ReviewAction action, String criterionId, Verdict before, Verdict after,
        String reason, BigDecimal scoreBefore, BigDecimal scoreAfter, String reviewer, OffsetDateTime at) {

    static AuditEntry of(ReviewEntry e) {
        return new AuditEntry(e.id, e.action, e.criterionId, e.beforeVerdict, e.afterVerdict, e.reason,
                e.scoreBefore, e.scoreAfter, e.reviewer, e.createdAt);
    }
}
