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
}
