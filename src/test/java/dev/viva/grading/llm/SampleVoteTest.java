package dev.viva.grading.llm;

import static dev.viva.grading.llm.GradingExamples.EVENT_LOOP_RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.Feedback;
import dev.viva.grading.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleVoteTest {

    @Test
    void breaksATieTowardsTheLowerVerdict() {
        SampleVote.Outcome outcome = SampleVote.decide(EVENT_LOOP_RUBRIC,
                List.of(sample(Verdict.MET), sample(Verdict.PARTIAL)));

        assertThat(outcome.verdicts().getFirst().verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(outcome.confidence()).isEqualTo((0.5 + 1 + 1) / 3);
    }

    @Test
    void isFullyConfidentWhenAllSamplesAgree() {
        SampleVote.Outcome outcome = SampleVote.decide(EVENT_LOOP_RUBRIC, List.of(sample(Verdict.MET)));

        assertThat(outcome.confidence()).isEqualTo(1.0);
        assertThat(outcome.verdicts()).extracting(CriterionVerdict::criterionId)
                .containsExactly("sync-code-first", "timers-vs-immediate-not-fixed", "claims-fixed-order");
    }

    private static GradingValidator.ValidGrading sample(Verdict first) {
        return new GradingValidator.ValidGrading(List.of(
                new CriterionVerdict("sync-code-first", first, List.of(), "r"),
                new CriterionVerdict("timers-vs-immediate-not-fixed", Verdict.NOT_MET, List.of(), "r"),
                new CriterionVerdict("claims-fixed-order", Verdict.NOT_MET, List.of(), "r")),
                new Feedback(List.of(), List.of(), "next"));
    }
}
