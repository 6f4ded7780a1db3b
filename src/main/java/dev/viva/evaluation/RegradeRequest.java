package dev.viva.evaluation;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Which evaluations of the question to grade again; none given: every one not already regraded. */
public record RegradeRequest(@Size(max = RegradeService.MAX_PER_REQUEST) List<UUID> evaluationIds) {
}
