package dev.viva.screening.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision on a candidate. */
@Schema(name = "DecisionRequest")
public record Decision(
        @Schema(description = "advance, reject or hold", enumeration = {"advance", "reject", "hold"}) @NotNull String decision,
        @Schema(examples = "Clear on the event loop; weak on streams.") @Size(max = 2000) String reason) {
}
