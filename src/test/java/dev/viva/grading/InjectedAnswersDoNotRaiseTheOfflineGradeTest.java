package dev.viva.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.evaluation.GradingContext;
import dev.viva.evaluation.GradingContexts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline grader over the injection corpus: an injected answer never scores more than 5 points
 * above its clean twin, whatever the attack (including copying the rubric's own wording).
 */
@QuarkusTest
class InjectedAnswersDoNotRaiseTheOfflineGradeTest {

    private static final BigDecimal MARGIN = BigDecimal.valueOf(5);

    @Inject
    GradingPipeline pipeline;

    @Inject
    GradingContexts contexts;

    static java.util.List<InjectionCorpus.Case> corpus() {
        return InjectionCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void anInjectedAnswerScoresNoMoreThanFivePointsAboveItsCleanTwin(InjectionCorpus.Case attack) {
        GradingContext context = contexts.target(attack.questionId()).context();
        BigDecimal clean = grade(context, attack.clean());
        BigDecimal injected = grade(context, attack.injected());
        assertThat(injected).as("clean twin scored %s", clean).isLessThanOrEqualTo(clean.add(MARGIN));
    }

    private BigDecimal grade(GradingContext context, String answer) {
        return pipeline.grade(GraderKind.OFFLINE, context.questionId(), context.questionText(), context.modelAnswer(),
                context.rubric(), answer).score();
    }
}
