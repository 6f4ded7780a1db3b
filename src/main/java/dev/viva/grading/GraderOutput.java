package dev.viva.grading;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a grader returns. It never contains a total: {@link ScoreCalculator} computes that in code.
 *
 * @param confidence 0..1, how sure the grader is (sample agreement for the LLM, margin for offline)
 * @param model      the model that graded, e.g. "gpt-4o-mini" or "all-minilm-l6-v2"
 * @param settings   everything else that shaped the result (temperature, samples, thresholds)
 * @param prompts    prompt file name to content hash, for the LLM grader
 */
public record GraderOutput(List<CriterionVerdict> verdicts, Feedback feedback, Set<Flag> flags, double confidence,
        String model, Map<String, Object> settings, Map<String, String> prompts, Usage usage) {

    public GraderOutput {
        verdicts = List.copyOf(verdicts);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        prompts = prompts == null ? Map.of() : Map.copyOf(prompts);
        usage = usage == null ? Usage.NONE : usage;
    }

    /** Tokens spent on an LLM call; zero for the offline grader. */
    public record Usage(long tokensIn, long tokensOut) {
        public static final Usage NONE = new Usage(0, 0);
    }
}
