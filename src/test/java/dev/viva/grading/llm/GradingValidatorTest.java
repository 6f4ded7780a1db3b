package dev.viva.grading.llm;

import dev.viva.llm.MalformedReplyException;

import static dev.viva.grading.llm.GradingExamples.EVENT_LOOP_RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.viva.grading.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingValidatorTest {

    private static final LlmGrading.LlmFeedback FEEDBACK = new LlmGrading.LlmFeedback(List.of(), List.of(), "next");

    @Test
    void acceptsOneValidVerdictPerCriterionAndReturnsThemInRubricOrder() {
        var valid = GradingValidator.validate(new LlmGrading(List.of(
                verdict("claims-fixed-order", "not_met"), verdict("sync-code-first", "met"),
                verdict("timers-vs-immediate-not-fixed", "partial")), FEEDBACK), EVENT_LOOP_RUBRIC);

        assertThat(valid.verdicts()).extracting(v -> v.verdict())
                .containsExactly(Verdict.MET, Verdict.PARTIAL, Verdict.NOT_MET);
    }

    @Test
    void rejectsUnknownIdsDuplicatesInvalidVerdictsAndMissingCriteria() {
        assertThatThrownBy(() -> GradingValidator.validate(new LlmGrading(List.of(
                verdict("sync-code-first", "met"), verdict("sync-code-first", "met"),
                verdict("timers-vs-immediate-not-fixed", "excellent"), verdict("invented", "met")), FEEDBACK),
                EVENT_LOOP_RUBRIC))
                .isInstanceOf(MalformedReplyException.class)
                .hasMessageContaining("\"sync-code-first\" appears more than once")
                .hasMessageContaining("verdict \"excellent\"")
                .hasMessageContaining("unknown criterionId \"invented\"")
                .hasMessageContaining("\"claims-fixed-order\" is missing");
    }

    private static LlmGrading.LlmCriterionVerdict verdict(String id, String verdict) {
        return new LlmGrading.LlmCriterionVerdict(id, verdict, List.of(), "because");
    }
}
