package dev.viva.screening;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Test clean-up: every screening and every evaluation (candidates, answers, audit and invitations go with them). */
@ApplicationScoped
public class StoredScreenings {

    private final EvaluationRepository evaluations;
    private final ScreeningRepository screenings;

    public StoredScreenings(EvaluationRepository evaluations, ScreeningRepository screenings) {
        this.evaluations = evaluations;
        this.screenings = screenings;
    }

    public void removeAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
            screenings.deleteAll();
        });
    }
}
