package dev.viva.rubric.rest;

import dev.viva.rubric.model.RubricStatus;
import dev.viva.rubric.RubricVersion;
import java.time.OffsetDateTime;

/** A rubric version in the list of a question's versions. */
public record RubricVersionSummary(int version, RubricStatus status, boolean active, String origin, String contentHash,
        int criteria, int auditFindings, String createdBy, OffsetDateTime createdAt, String approvedBy,
        OffsetDateTime approvedAt) {

    public static RubricVersionSummary of(RubricVersion v) {
        return new RubricVersionSummary(v.version, v.status, v.active, v.origin, v.contentHash,
                v.content.criteria().size(), v.audit == null ? 0 : v.audit.size(), v.createdBy, v.createdAt,
                v.approvedBy, v.approvedAt);
    }
}
