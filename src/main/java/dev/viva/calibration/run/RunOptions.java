package dev.viva.calibration.run;

import dev.viva.calibration.mapping.ScoreMapping;
import dev.viva.grading.GraderKind;
import dev.viva.rubric.writer.DraftSource;

/**
 * What a run was asked for: grader (offline or llm), who writes the rubrics of new questions (the offline
 * builder, or the LLM rubric writer), the bank its questions go to, the mapping fitted on
 * the fitting split, an optional sample size and the seed that picks the sample and the split.
 */
public record RunOptions(GraderKind grader, DraftSource rubrics, String bank, ScoreMapping mapping, Integer limit, long seed,
        String fileName) {
}
