package dev.viva.bank;

import dev.viva.question.Question;
import dev.viva.question.Viewer;
import dev.viva.rubric.RubricVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Shows a question with its active rubric and the draft waiting for approval, to those who may read them. */
@ApplicationScoped
class QuestionDetails {

    private final RubricVersionRepository rubrics;

    QuestionDetails(RubricVersionRepository rubrics) {
        this.rubrics = rubrics;
    }

    /** The question as this viewer may see it: without the answer key where it is not theirs to read. */
    QuestionDetail of(Question q, Viewer viewer) {
        if (!viewer.seesAnswerKeyOf(q.ownerRef)) {
            return QuestionDetail.withoutAnswerKey(q);
        }
        return QuestionDetail.of(q, rubrics.findActive(q.id).orElse(null), rubrics.findNewest(q.id).orElse(null));
    }
}
