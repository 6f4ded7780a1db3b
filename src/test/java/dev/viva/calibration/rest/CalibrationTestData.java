package dev.viva.calibration.rest;

import dev.viva.calibration.run.CalibrationItemRepository;
import dev.viva.calibration.run.CalibrationRunRepository;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.RubricVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Test clean-up: every calibration run, its graded answers, and the calibration banks' questions and rubrics. */
@ApplicationScoped
public class CalibrationTestData {

    private final CalibrationItemRepository items;
    private final CalibrationRunRepository runs;
    private final QuestionRepository questions;
    private final RubricVersionRepository rubrics;

    public CalibrationTestData(CalibrationItemRepository items, CalibrationRunRepository runs,
            QuestionRepository questions, RubricVersionRepository rubrics) {
        this.items = items;
        this.runs = runs;
        this.questions = questions;
        this.rubrics = rubrics;
    }

    public void removeAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            items.deleteAll();
            runs.deleteAll();
            questions.list("bank like ?1", "calibration%").forEach(q -> {
                rubrics.delete("questionId", q.id);
                questions.delete(q);
                dev.viva.support.Caches.emptyAll(); // bulk deletes bypass the entity listeners
            });
        });
    }
}
