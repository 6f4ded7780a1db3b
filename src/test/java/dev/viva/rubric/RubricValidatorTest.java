package dev.viva.rubric;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;

import static dev.viva.rubric.model.CriterionKind.BONUS;
import static dev.viva.rubric.model.CriterionKind.PENALTY;
import static dev.viva.rubric.model.CriterionKind.REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RubricValidatorTest {

    private final RubricValidator validator = new RubricValidator();

    private static Criterion criterion(String id, CriterionKind kind, double weight) {
        return new Criterion(id, "States something checkable about " + id + ".", kind, weight,
                List.of("An answer sentence about " + id + "."), "A nudge.");
    }

    private static Rubric rubric(Criterion... criteria) {
        return new Rubric("event-loop-action", 1, RubricStatus.APPROVED, Arrays.asList(criteria), null);
    }

    private static Rubric valid() {
        return rubric(criterion("sync-code-first", REQUIRED, 2), criterion("order-not-guaranteed", REQUIRED, 3),
                criterion("io-callback-order", BONUS, 1), criterion("claims-immediate-first", PENALTY, 2));
    }

    @Test
    void acceptsAWellFormedRubric() {
        assertThat(validator.validate(valid(), "event-loop-action")).isEmpty();
    }

    @Test
    void rejectsAQuestionIdThatDiffersFromTheFileName() {
        assertThat(validator.validate(valid(), "event-loop-phases"))
                .containsExactly("questionId 'event-loop-action' does not match 'event-loop-phases'");
    }

    @Test
    void rejectsAMissingQuestionId() {
        Rubric noId = new Rubric(" ", 1, RubricStatus.APPROVED, valid().criteria(), null);
        assertThat(validator.validate(noId)).containsExactly("questionId is missing");
    }

    @Test
    void rejectsAVersionBelowOne() {
        Rubric v0 = new Rubric("q", 0, RubricStatus.APPROVED, valid().criteria(), null);
        assertThat(validator.validate(v0)).containsExactly("version must be 1 or more, was 0");
    }

    @Test
    void rejectsAMissingStatus() {
        Rubric noStatus = new Rubric("q", 1, null, valid().criteria(), null);
        assertThat(validator.validate(noStatus)).containsExactly("status is missing (draft or approved)");
    }

    @Test
    void rejectsARubricWithoutCriteria() {
        assertThat(validator.validate(rubric())).contains("must have 1 to 12 criteria, has 0");
    }

    @Test
    void rejectsMoreThanTwelveCriteria() {
        Criterion[] thirteen = IntStream.rangeClosed(1, 13).mapToObj(i -> criterion("point-" + i, REQUIRED, 1))
                .toArray(Criterion[]::new);
        assertThat(validator.validate(rubric(thirteen))).containsExactly("must have 1 to 12 criteria, has 13");
    }

    @Test
    void rejectsMissingNonKebabCaseAndDuplicateCriterionIds() {
        Rubric rubric = rubric(criterion("sync-code-first", REQUIRED, 2), criterion(null, REQUIRED, 1),
                criterion("Order_Not_Guaranteed", REQUIRED, 1), criterion("sync-code-first", REQUIRED, 1));
        assertThat(validator.validate(rubric)).containsExactly(
                "criteria[1].id is missing",
                "criteria[2] (Order_Not_Guaranteed).id must be kebab-case",
                "criteria[3] (sync-code-first).id is used twice");
    }

    @Test
    void rejectsABlankDescriptionAndAMissingKind() {
        Rubric rubric = rubric(criterion("sync-code-first", REQUIRED, 2),
                new Criterion("order-not-guaranteed", " ", null, 1, List.of(), null));
        assertThat(validator.validate(rubric)).containsExactly(
                "criteria[1] (order-not-guaranteed).kind is missing (required, bonus or penalty)",
                "criteria[1] (order-not-guaranteed).description is blank");
    }

    @Test
    void rejectsWeightsThatAreZeroNegativeTooLargeOrNotFinite() {
        Rubric rubric = rubric(criterion("sync-code-first", REQUIRED, 2), criterion("zero", BONUS, 0),
                criterion("negative", BONUS, -1), criterion("eleven", REQUIRED, 11),
                criterion("not-a-number", REQUIRED, Double.NaN));
        assertThat(validator.validate(rubric)).containsExactly(
                "criteria[1] (zero).weight must be above 0 and at most 10, was 0.0",
                "criteria[2] (negative).weight must be above 0 and at most 10, was -1.0",
                "criteria[3] (eleven).weight must be above 0 and at most 10, was 11.0",
                "criteria[4] (not-a-number).weight must be above 0 and at most 10, was NaN");
    }

    @Test
    void requiresAtLeastOneRequiredCriterion() {
        Rubric rubric = rubric(criterion("io-callback-order", BONUS, 1), criterion("claims-it", PENALTY, 1));
        assertThat(validator.validate(rubric)).containsExactly("needs at least one required criterion");
    }

    @Test
    void rejectsMoreBonusWeightThanRequiredWeight() {
        Rubric rubric = rubric(criterion("sync-code-first", REQUIRED, 2), criterion("extra-one", BONUS, 2),
                criterion("extra-two", BONUS, 1));
        assertThat(validator.validate(rubric)).containsExactly("total bonus weight 3.0 exceeds total required weight 2.0");
    }

    @Test
    void rejectsAPenaltyHeavierThanAllRequiredCriteria() {
        Rubric rubric = rubric(criterion("sync-code-first", REQUIRED, 2), criterion("claims-it", PENALTY, 3));
        assertThat(validator.validate(rubric))
                .containsExactly("penalty 'claims-it' weight 3.0 exceeds total required weight 2.0");
    }

    @Test
    void rejectsBlankExamples() {
        List<String> examples = new ArrayList<>();
        examples.add("A real sentence.");
        examples.add("  ");
        Rubric rubric = rubric(new Criterion("sync-code-first", "States it.", REQUIRED, 2, examples, null));
        assertThat(validator.validate(rubric)).containsExactly("criteria[0] (sync-code-first).examples[1] is blank");
    }

    @Test
    void reportsEveryProblemRatherThanStoppingAtTheFirst() {
        Rubric rubric = new Rubric(null, 0, null, List.of(criterion("Bad Id", BONUS, 0)), null);
        assertThat(validator.validate(rubric)).hasSize(6);
    }
}
