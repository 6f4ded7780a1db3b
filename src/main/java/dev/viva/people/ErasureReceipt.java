package dev.viva.people;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an erasure removed: records per kind, who asked and when. It names no one. */
@Schema(name = "ErasureReceipt")
public record ErasureReceipt(UUID id,
        @Schema(description = "running (on the job engine; poll GET /api/people/erasures/{id}) or done") String status,
        @Schema(description = "Records deleted (or made anonymous) per kind, so far while running")
        Map<String, Long> counts,
        long total, String requestedBy, OffsetDateTime requestedAt,
        @Schema(nullable = true) OffsetDateTime finishedAt) {

    static ErasureReceipt of(Erasure e) {
        Map<String, Long> counts = e.counts == null ? Map.of() : e.counts;
        return new ErasureReceipt(e.id, e.status.name(), counts, counts.values().stream().mapToLong(Long::longValue).sum(),
                e.requestedBy, e.requestedAt, e.finishedAt);
    }

    public boolean done() {
        return "done".equals(status);
    }
}
