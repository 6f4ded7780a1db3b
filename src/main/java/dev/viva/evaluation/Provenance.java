package dev.viva.evaluation;

import dev.viva.grading.GraderKind;
import java.math.BigDecimal;
import java.util.Map;

/** Everything that produced a stored result, so it can be reproduced and compared across versions. */
public record Provenance(String rubricQuestionId, int rubricVersion, String rubricHash, GraderKind grader,
        String model, Map<String, Object> settings, Map<String, String> prompts, long tokensIn, long tokensOut,
        long latencyMillis, BigDecimal cost) {
}
