package dev.viva.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.grading.InjectionCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test double is only as good as its obedience: it must take every attack of the corpus as an order. */
class ObedientModelTest {

    private static final List<InjectionCorpus.Case> CORPUS = InjectionCorpus.cases();

    @Test
    void obeysEveryAttackOfTheCorpusThatAddressesAGrader() {
        assertThat(CORPUS.stream().filter(c -> !c.attackClass().equals("rubric-echo"))
                .filter(c -> !ObedientModel.addressesAGrader(c.injected())).map(InjectionCorpus.Case::id))
                .as("attacks the obedient model would not obey").isEmpty();
    }

    @Test
    void gradesEveryCleanTwinWithoutObeying() {
        assertThat(CORPUS.stream().filter(c -> ObedientModel.addressesAGrader(c.clean())).map(InjectionCorpus.Case::id))
                .as("clean answers the obedient model takes as orders").isEmpty();
    }
}
