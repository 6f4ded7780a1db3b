package dev.viva.rubric;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a rubric can be graded against and scored, whatever wrote it (a file, the API, an LLM):
 * it reports every problem it finds instead of stopping at the first.
 */
@ApplicationScoped
public class RubricValidator {

    public static final int MIN_CRITERIA = 1;
    public static final int MAX_CRITERIA = 12;
    public static final double MAX_WEIGHT = 10;
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Problems of a rubric that must belong to {@code expectedQuestionId} (for a file: its name). */
    public List<String> validate(Rubric rubric, String expectedQuestionId) {
        List<String> problems = new ArrayList<>();
        if (rubric.questionId() != null && !rubric.questionId().isBlank()
                && !rubric.questionId().equals(expectedQuestionId)) {
            problems.add("questionId '" + rubric.questionId() + "' does not match '" + expectedQuestionId + "'");
        }
        problems.addAll(validate(rubric));
        return problems;
    }

    /** Problems of a rubric on its own; empty when it is usable. */
    public List<String> validate(Rubric rubric) {
        List<String> problems = new ArrayList<>();
        if (rubric.questionId() == null || rubric.questionId().isBlank()) {
            problems.add("questionId is missing");
        }
        if (rubric.version() < 1) {
            problems.add("version must be 1 or more, was " + rubric.version());
        }
        if (rubric.status() == null) {
            problems.add("status is missing (draft or approved)");
        }
        int count = rubric.criteria().size();
        if (count < MIN_CRITERIA || count > MAX_CRITERIA) {
            problems.add("must have " + MIN_CRITERIA + " to " + MAX_CRITERIA + " criteria, has " + count);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            problems.addAll(criterionProblems(rubric.criteria().get(i), "criteria[" + i + "]", ids));
        }
        problems.addAll(weightBalanceProblems(rubric));
        return problems;
    }

    private List<String> criterionProblems(Criterion c, String where, Set<String> ids) {
        List<String> problems = new ArrayList<>();
        if (c == null) {
            return List.of(where + " is empty");
        }
        String name = c.id() == null ? where : where + " (" + c.id() + ")";
        if (c.id() == null || c.id().isBlank()) {
            problems.add(where + ".id is missing");
        } else if (!KEBAB_CASE.matcher(c.id()).matches()) {
            problems.add(name + ".id must be kebab-case");
        } else if (!ids.add(c.id())) {
            problems.add(name + ".id is used twice");
        }
        if (c.kind() == null) {
            problems.add(name + ".kind is missing (required, bonus or penalty)");
        }
        if (c.description() == null || c.description().isBlank()) {
            problems.add(name + ".description is blank");
        }
        if (!Double.isFinite(c.weight()) || c.weight() <= 0 || c.weight() > MAX_WEIGHT) {
            problems.add(name + ".weight must be above 0 and at most " + (int) MAX_WEIGHT + ", was " + c.weight());
        }
        for (int e = 0; e < c.examples().size(); e++) {
            String example = c.examples().get(e);
            if (example == null || example.isBlank()) {
                problems.add(name + ".examples[" + e + "] is blank");
            }
        }
        return problems;
    }

    private List<String> weightBalanceProblems(Rubric rubric) {
        List<String> problems = new ArrayList<>();
        double required = total(rubric, CriterionKind.REQUIRED);
        if (rubric.ofKind(CriterionKind.REQUIRED).isEmpty()) {
            problems.add("needs at least one required criterion");
            return problems;
        }
        double bonus = total(rubric, CriterionKind.BONUS);
        if (bonus > required) {
            problems.add("total bonus weight " + bonus + " exceeds total required weight " + required);
        }
        for (Criterion penalty : rubric.ofKind(CriterionKind.PENALTY)) {
            if (penalty.weight() > required) {
                problems.add("penalty '" + penalty.id() + "' weight " + penalty.weight()
                        + " exceeds total required weight " + required);
            }
        }
        return problems;
    }

    private static double total(Rubric rubric, CriterionKind kind) {
        return rubric.ofKind(kind).stream().mapToDouble(Criterion::weight).filter(Double::isFinite).sum();
    }
}
