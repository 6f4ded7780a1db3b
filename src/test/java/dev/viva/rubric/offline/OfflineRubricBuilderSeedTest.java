package dev.viva.rubric.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.text.Sentences;
import dev.viva.text.Words;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline builder on every model answer of the seed bank, in the Quarkus app (the embedding model loads once). */
@QuarkusTest
class OfflineRubricBuilderSeedTest {

    @Inject
    OfflineRubricBuilder builder;
    @Inject
    QuestionRepository questions;

    @Test
    void draftsASensibleNumberOfOneIdeaCriteriaFromEverySeedModelAnswer() {
        List<Question> seed = QuarkusTransaction.requiringNew().call(() -> questions.list(
                "bank = 'interview' and modelAnswer is not null order by id"));
        assertThat(seed).hasSizeGreaterThanOrEqualTo(30);
        StringBuilder report = new StringBuilder();
        for (Question q : seed) {
            Rubric rubric = builder.build(q.id, q.text, q.modelAnswer);
            int words = Words.count(q.modelAnswer);
            report.append(String.format("%s: %d words -> %d criteria%n", q.id, words, rubric.criteria().size()));
            assertThat(rubric.criteria()).as("criteria of %s", q.id).hasSizeBetween(2, Math.max(3, words / 8));
            for (Criterion c : rubric.criteria()) {
                assertThat(Words.count(c.description())).as("%s %s: %s", q.id, c.id(), c.description())
                        .isLessThanOrEqualTo(ClaimExtractor.MAX_WORDS);
                assertThat(Sentences.split(c.description())).as("%s %s: %s", q.id, c.id(), c.description())
                        .hasSize(1);
            }
        }
        System.out.print(report);
    }
}
