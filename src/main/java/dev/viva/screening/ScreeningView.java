package dev.viva.screening;

import dev.viva.grading.GraderKind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A screening as the API shows it, with its grading progress. */
public record ScreeningView(UUID id, String name, List<String> questionIds, GraderKind grader, boolean blind,
        boolean unblinded, ScreeningStatus status, ScreeningProgress progress, BigDecimal budget, OffsetDateTime createdAt,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Integer retentionDays,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) OffsetDateTime closedAt,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) OffsetDateTime purgedAt) {

    static ScreeningView of(Screening s, ScreeningProgress p, BigDecimal budget) {
        return new ScreeningView(s.id, s.name, s.questionIds, s.grader, s.blind, s.unblindedAt != null,
                ScreeningStatus.of(s, p), p, budget, s.createdAt, s.retentionDays, s.closedAt, s.purgedAt);
    }
}
