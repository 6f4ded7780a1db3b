package dev.viva.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard as a detector, over the injection corpus: it flags every injected answer that addresses
 * the grader, however hidden and in whichever language (copying the rubric is not addressing it:
 * rubric echo is the evidence check's job), and raises no finding on any clean twin, so it never
 * sends an honest answer to review or cuts its text.
 */
class AnswerGuardCorpusTest {

    private final AnswerGuard guard = new AnswerGuard();

    static java.util.List<InjectionCorpus.Case> addressingTheGrader() {
        return InjectionCorpus.cases().stream().filter(c -> !c.attackClass().equals("rubric-echo")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addressingTheGrader")
    void flagsAnAnswerThatAddressesTheGrader(InjectionCorpus.Case attack) {
        assertThat(guard.inspect(attack.injected()).injectionSuspected()).as(attack.injected()).isTrue();
    }

    static java.util.List<InjectionCorpus.Case> all() {
        return InjectionCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void anHonestAnswerRaisesNoFinding(InjectionCorpus.Case attack) {
        var guarded = guard.inspect(attack.clean());
        assertThat(guarded.findings()).as(attack.clean()).isEmpty();
    }
}
