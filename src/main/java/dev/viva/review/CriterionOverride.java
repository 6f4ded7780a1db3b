package dev.viva.review;

import dev.viva.grading.Verdict;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's verdict for one criterion; a reason is required when it changes the verdict. */
public record CriterionOverride(@NotBlank String criterionId, @NotNull Verdict verdict, @Size(max = 2000) String reason) {
}
