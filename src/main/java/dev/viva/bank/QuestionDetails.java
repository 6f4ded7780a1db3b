package dev.viva.bank;

import dev.viva.question.Question;
import dev.viva.rubric.RubricVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Shows a question with its active rubric and the draft waiting for approval. */
@ApplicationScoped
class QuestionDetails {

    private final RubricVersionRepository rubrics;

    QuestionDetails(RubricVersionRepository rubrics) {
        this.rubrics = rubrics;
    }

    QuestionDetail of(Question q) {
        return QuestionDetail.of(q, rubrics.findActive(q.id).orElse(null), rubrics.findNewest(q.id).orElse(null));
    }
}
