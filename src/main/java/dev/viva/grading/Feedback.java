package dev.viva.grading;

import java.util.List;

/** Feedback for the learner: what was good, what is missing, one concrete next step; never the model answer. */
public record Feedback(List<String> strengths, List<String> missing, String nextStep) {

    public Feedback {
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
