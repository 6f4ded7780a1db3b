package dev.viva.grading;

/** Judges an answer criterion by criterion. Implementations: the LLM grader and the offline grader. */
public interface Grader {

    GraderKind kind();

    /** Whether this grader can run with the current configuration (the LLM grader needs a model). */
    boolean available();

    /**
     * Grades one answer. Throws {@link GradingFailedException} when no trustworthy result could be
     * produced; the caller records the evaluation as ungraded and retries it, never as a zero.
     */
    GraderOutput grade(GradingInput input);

    /**
     * Everything besides the rubric and the answer that determines this grader's result (model,
     * settings, prompt hashes). Two gradings with equal fingerprints, rubric and answer are identical,
     * so the stored result can be reused.
     */
    default String fingerprint() {
        return kind().name();
    }
}
