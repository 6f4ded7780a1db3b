package dev.viva.screening;

import dev.viva.grading.GraderKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A screening to create: a name, 1 to 20 bank questions, the grader, and whether reviewers see aliases. */
public record NewScreening(
        @Schema(examples = "Backend engineers, December") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "[\"interview.what-event-loop\"]") @NotNull @Size(min = 1, max = 20)
        List<@NotBlank @Size(max = 200) String> questionIds,
        @Schema(description = "llm, offline or auto (default: auto)") GraderKind grader,
        @Schema(description = "Reviewers see aliases (\"Candidate 17\") until a decision or an admin unblinds (default: true)")
        Boolean blind,
        @Schema(description = "The most this screening's model calls may cost (default: viva.screening.budget)")
        @DecimalMin("0") BigDecimal budget,
        @Schema(description = "Days the candidates' answers, evaluations, decisions' reasons and demographics are kept "
                + "after the screening closes (default: viva.retention.screenings, 180 days)")
        @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(3650) Integer retentionDays) {
}
