package dev.viva.rubric.rest;

import dev.viva.problem.ProblemException;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.question.Viewer;

/**
 * Who may read a question's rubric: a question the viewer cannot see does not exist (404); one it sees but whose
 * answer key is not its own (a client key on Viva's bank) is refused (403), so the key never reaches a learner.
 */
final class AnswerKeys {

    static final String REFUSED = "A client key on a question of Viva's bank: its answer key (rubrics, model answers)"
            + " is not shown";

    private AnswerKeys() {
    }

    static void requireReadable(QuestionRepository questions, String id, Viewer viewer) {
        Question q = questions.findVisible(id, viewer).orElseThrow(() -> ProblemException.notFound("Question", id));
        if (!viewer.seesAnswerKeyOf(q.ownerRef)) {
            throw new ProblemException(403, "Answer key not shown", "The rubric of '" + id + "' is part of Viva's"
                    + " answer key, which client keys do not read; the rubrics of your own questions are shown.");
        }
    }
}
