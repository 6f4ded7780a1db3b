package dev.viva.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard over the injection corpus: an honest answer (every clean twin) raises no finding, so the
 * guard never sends a real answer to review or cuts its text.
 */
class AnswerGuardCorpusTest {

    private final AnswerGuard guard = new AnswerGuard();

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
