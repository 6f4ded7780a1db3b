package dev.viva.rubric;

import java.util.List;

/** One or more rubrics (or rubric files) are unusable; the message lists every problem found, one per line. */
public class InvalidRubricException extends RuntimeException {

    private final List<String> problems;

    public InvalidRubricException(List<String> problems) {
        super(problems.size() + " rubric problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
