package dev.viva.evaluation;

/** Test clean-up: removes every stored evaluation, unlinking regrades and cached copies first. */
public final class StoredEvaluations {

    private StoredEvaluations() {
    }

    /** Call inside a transaction. */
    public static void removeAll(EvaluationRepository evaluations) {
        evaluations.update("previousId = null");
        evaluations.update("cachedFrom = null");
        evaluations.deleteAll();
        // and the figures kept of evaluations that retention or an erasure deleted
        evaluations.getEntityManager().createNativeQuery("DELETE FROM {h-schema}anonymous_grading").executeUpdate();
    }
}
