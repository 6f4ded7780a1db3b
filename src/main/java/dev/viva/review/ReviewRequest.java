package dev.viva.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/evaluations/{id}/review}: per-criterion overrides and a comment. No overrides (or none
 * that change a verdict) accepts the result as it stands.
 */
public record ReviewRequest(@Size(max = 100) List<@Valid CriterionOverride> overrides,
        @Size(max = 2000) String comment) {

    public List<CriterionOverride> overridesOrEmpty() {
        return overrides == null ? List.of() : overrides;
    }
}
