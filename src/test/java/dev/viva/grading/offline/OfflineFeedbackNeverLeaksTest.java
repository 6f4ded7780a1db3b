package dev.viva.grading.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.evaluation.GradingContext;
import dev.viva.evaluation.GradingContexts;
import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.Feedback;
import dev.viva.grading.FeedbackLeakCheck;
import dev.viva.grading.Verdict;
import dev.viva.question.QuestionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline feedback template never hands over the answer key, whatever the verdicts, on any seed question. */
@QuarkusTest
class OfflineFeedbackNeverLeaksTest {

    @Inject
    QuestionRepository questions;

    @Inject
    GradingContexts contexts;

    @Test
    void noSeedQuestionsFeedbackSharesSixWordsInARowWithItsModelAnswerOrCriteria() {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> questions.listAll().stream()
                .filter(q -> q.duplicateOf == null).map(q -> q.id).toList());
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (String id : ids) {
            GradingContext context = contexts.target(id).context();
            FeedbackLeakCheck check = FeedbackLeakCheck.against(context.modelAnswer(), context.rubric());
            for (Verdict everyVerdict : Verdict.values()) {
                List<CriterionVerdict> verdicts = context.rubric().criteria().stream()
                        .map(c -> new CriterionVerdict(c.id(), everyVerdict, List.of(), "")).toList();
                Feedback feedback = OfflineFeedback.of(context.rubric(), verdicts);
                checked++;
                if (check.leaks(feedback)) {
                    leaks.add(id + " (" + everyVerdict + "): " + feedback);
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(30 * 3);
        assertThat(leaks).isEmpty();
    }
}
