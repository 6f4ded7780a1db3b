package dev.viva.grading;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How answers are accepted, graded, sent to review and retried. */
@ConfigMapping(prefix = "viva.grading")
public interface GradingConfig {

    /** The grader used when a request names none: auto = the LLM where configured, else offline. */
    @WithDefault("auto")
    String defaultGrader();

    /** Longest answer accepted, in characters. */
    @WithDefault("20000")
    int maxAnswerChars();

    /** Below this confidence (0..1) an evaluation goes to review. */
    @WithDefault("0.6")
    double reviewConfidenceThreshold();

    /** An LLM grading this far (0-100 points) below the offline grader's second opinion flags graders_disagree. */
    @WithDefault("30")
    double disagreementPoints();

    SecondOpinion secondOpinion();

    Guard guard();

    interface Guard {
        /**
         * Whether what the answer guard finds is cut out before grading. Off only to measure the
         * defences behind it (evidence check, relevance, second opinion); findings are flagged either way.
         */
        @WithDefault("true")
        boolean cutFindings();
    }

    Evidence evidence();

    Language language();

    /** An answer in another language than the rubric's goes to review flagged language_mismatch. */
    interface Language {
        /** How likely (0..1) the detected language must be, for the answer and for the model answer. */
        @WithDefault("0.95")
        double minProbability();

        /** Shorter answers are not judged (too little text to tell a language reliably). */
        @WithDefault("8")
        int minWords();

        /** The rubric's language when its model answer's is not clear. */
        @WithDefault("en")
        String rubricDefault();
    }

    interface SecondOpinion {
        /** Whether the offline grader grades beside the LLM on every LLM grading (off only to measure it). */
        @WithDefault("true")
        boolean enabled();

        /**
         * How far (0-100 points) the LLM may score above the offline grader; beyond it the grading goes
         * to review flagged graders_disagree and each criterion keeps the lower of the two verdicts.
         * What it costs an LLM that grades as humans do: docs/grading.md, "Second opinion".
         */
        @WithDefault("30")
        double marginPoints();
    }

    interface Evidence {
        /**
         * Lowest similarity (cosine, in-process embeddings) between a quote and its criterion for the
         * quote to count as evidence. Chosen on the shipped rubrics: see docs/grading.md.
         */
        @WithDefault("0.15")
        double minRelevance();
    }

    /**
     * How long a question's text and active rubric stay cached for accepting answers. Writes through
     * this instance clear the cache at once; this bounds how late a write by another instance is seen.
     * 0 turns the cache off.
     */
    @WithDefault("5s")
    Duration contextCacheTtl();

    Retry retry();

    interface Retry {
        /** Gradings attempted per evaluation before it stays ungraded for a person to look at. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait before the first retry; doubles after each failure up to {@link #maxDelay()}. */
        @WithDefault("30s")
        Duration initialDelay();

        @WithDefault("30m")
        Duration maxDelay();

        /** How often the background job looks for ungraded evaluations that are due. */
        @WithDefault("15s")
        String every();

        /** How many due evaluations one run of the job picks up. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a retry holds the evaluations it claimed: longer than a grading can take (model time-out and its
         * retries), since another instance may take them over after it. An instance killed mid-retry leaves its
         * batch for this long.
         */
        @WithDefault("5m")
        Duration lease();
    }
}
