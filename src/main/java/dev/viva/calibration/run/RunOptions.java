package dev.viva.calibration.run;

import dev.viva.calibration.mapping.ScoreMapping;
import dev.viva.grading.GraderKind;

/**
 * What a run was asked for: grader (offline or llm), the bank its questions go to, the mapping fitted on
 * the fitting split, an optional sample size and the seed that picks the sample and the split.
 */
public record RunOptions(GraderKind grader, String bank, ScoreMapping mapping, Integer limit, long seed,
        String fileName) {
}
