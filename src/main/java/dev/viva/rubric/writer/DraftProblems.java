package dev.viva.rubric.writer;

import dev.viva.grading.GradingFailedException;
import dev.viva.grading.llm.LlmUnavailableException;
import dev.viva.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/** The problem+json answers of a drafting request that the model could not serve. */
public final class DraftProblems {

    private DraftProblems() {
    }

    public static ProblemException noLlm(String what) {
        return new ProblemException(422, "No LLM configured",
                what + " needs an LLM and none is configured on this server (viva.grading.llm.enabled).");
    }

    public static ProblemException invalidOutput(String what, List<String> problems) {
        return new ProblemException(502, "Invalid LLM output", "The model's " + what + " was unusable twice: "
                + String.join("; ", problems) + ". Nothing was stored.", Map.of("problems", problems));
    }

    /** A model call that failed for another reason than its output: server down, rejected, breaker open. */
    public static ProblemException callFailed(RuntimeException e) {
        if (e instanceof LlmUnavailableException || e instanceof CircuitBreakerOpenException) {
            return new ProblemException(503, "LLM unavailable",
                    "The model server is unavailable; try again later. Nothing was stored.");
        }
        if (e instanceof GradingFailedException) {
            return new ProblemException(502, "LLM call failed", e.getMessage() + ". Nothing was stored.");
        }
        throw e;
    }
}
