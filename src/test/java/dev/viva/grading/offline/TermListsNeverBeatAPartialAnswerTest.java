package dev.viva.grading.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.evaluation.GradingContext;
import dev.viva.evaluation.GradingContexts;
import dev.viva.grading.GradingInput;
import dev.viva.grading.ScoreCalculator;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.text.Sentences;
import dev.viva.text.Words;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On every seed question, a bare list of the rubric's key terms scores no more than a real partial answer (the
 * model answer's first sentence on its own): naming the right words is not explaining them.
 */
@QuarkusTest
class TermListsNeverBeatAPartialAnswerTest {

    @Inject
    QuestionRepository questions;

    @Inject
    GradingContexts contexts;

    @Inject
    OfflineGrader grader;

    @Test
    void aListOfEveryKeyTermScoresNothingAndNeverAboveTheFirstSentenceOfTheModelAnswer() {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> questions.find("bank", "interview").list()
                .stream().filter(q -> q.duplicateOf == null).map(q -> q.id).toList());
        assertThat(ids).hasSizeGreaterThan(20);
        int partialEarnsPoints = 0;
        for (String id : ids) {
            GradingContext context = contexts.target(id).context();
            String termList = String.join(", ", keyTerms(context));
            String partial = Sentences.split(context.modelAnswer()).get(0);

            double listScore = score(context, termList);
            double partialScore = score(context, partial);

            assertThat(listScore).as("%s: the term list \"%s\"", id, termList).isZero();
            assertThat(listScore).as("%s: the term list against \"%s\"", id, partial).isLessThanOrEqualTo(partialScore);
            partialEarnsPoints += partialScore > 0 ? 1 : 0;
        }
        // the comparison means something only if a partial answer does earn points
        assertThat(partialEarnsPoints).as("questions where the first sentence alone earns points")
                .isGreaterThan(ids.size() / 2);
    }

    /** The content words of the rubric's required criteria, each once, in order. */
    private static Set<String> keyTerms(GradingContext context) {
        Set<String> terms = new LinkedHashSet<>();
        context.rubric().criteria().stream().filter(c -> c.kind() == CriterionKind.REQUIRED)
                .forEach(c -> Words.tokens(c.description()).stream()
                        .filter(w -> w.length() > 2 && !Words.contentStems(w).isEmpty()).forEach(terms::add));
        return terms;
    }

    private double score(GradingContext context, String answer) {
        return ScoreCalculator.total(context.rubric(), grader.grade(new GradingInput(context.questionId(),
                context.questionText(), context.modelAnswer(), context.rubric(), answer)).verdicts()).doubleValue();
    }
}
