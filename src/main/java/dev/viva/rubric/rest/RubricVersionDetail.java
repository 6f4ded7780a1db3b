package dev.viva.rubric.rest;

import dev.viva.rubric.model.AuditFinding;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.RubricStatus;
import dev.viva.rubric.RubricVersion;
import java.time.OffsetDateTime;
import java.util.List;

/** One rubric version as the API shows it: content, lifecycle and, for LLM drafts, the model answer audit. */
public record RubricVersionDetail(String questionId, int version, RubricStatus status, boolean active, String origin,
        String contentHash, String notes, List<Criterion> criteria, List<AuditFinding> audit, String createdBy,
        OffsetDateTime createdAt, String approvedBy, OffsetDateTime approvedAt) {

    public static RubricVersionDetail of(RubricVersion v) {
        return new RubricVersionDetail(v.questionId, v.version, v.status, v.active, v.origin, v.contentHash,
                v.content.notes(), v.content.criteria(), v.audit == null ? List.of() : v.audit, v.createdBy,
                v.createdAt, v.approvedBy, v.approvedAt);
    }
}
