package dev.viva.interview.followup;

import dev.viva.grading.FeedbackLeakCheck;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a follow-up question may be shown to the learner: one short question that does not contain the
 * criterion's wording (its description or examples) or the model answer, by {@link FeedbackLeakCheck}'s
 * rule (no run of six words in common).
 */
public final class FollowUpCheck {

    static final int MAX_CHARS = 400;

    private final FeedbackLeakCheck leaks;

    private FollowUpCheck(FeedbackLeakCheck leaks) {
        this.leaks = leaks;
    }

    public static FollowUpCheck against(String modelAnswer, Rubric rubric) {
        // the examples are answer-key wording too: check them as if they were descriptions
        List<Criterion> key = new ArrayList<>(rubric.criteria());
        rubric.criteria().forEach(c -> c.examples().forEach(example -> key.add(
                new Criterion(c.id() + "-example", example, CriterionKind.REQUIRED, 1, List.of(), null))));
        return new FollowUpCheck(FeedbackLeakCheck.against(modelAnswer,
                new Rubric(rubric.questionId(), rubric.version(), rubric.status(), key, null)));
    }

    /** What is wrong with the question; empty when it may be asked. */
    public List<String> problems(String question) {
        List<String> problems = new ArrayList<>();
        if (question == null || question.isBlank()) {
            problems.add("the question is missing");
            return problems;
        }
        String q = question.strip();
        if (q.length() > MAX_CHARS) {
            problems.add("the question is longer than " + MAX_CHARS + " characters");
        }
        if (!q.endsWith("?")) {
            problems.add("it does not end with a question mark");
        }
        if (leaks.leaks(q)) {
            problems.add("it repeats the wording of the point or of the reference answer (six or more words in a row)");
        }
        return problems;
    }
}
