package dev.viva.people;

import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.review.agreement.AnonymousGradings;
import dev.viva.review.agreement.AnonymousGradings.Removal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Deletes personal data inside the caller's transaction: evaluations (answers, verdicts with quotes,
 * feedback; with them their review entries and reviewers' comments, webhook messages and screening
 * links), after keeping their figures as anonymous gradings; and everything else tied to one reference.
 * Shared by erasure and retention.
 */
@ApplicationScoped
public class PersonalDataRemover {

    private final EvaluationRepository evaluations;
    private final AnonymousGradings anonymous;

    public PersonalDataRemover(EvaluationRepository evaluations, AnonymousGradings anonymous) {
        this.evaluations = evaluations;
        this.anonymous = anonymous;
    }

    /** Up to {@code limit} evaluations about this person, oldest first. */
    public List<Evaluation> evaluationsOf(String ref, int limit) {
        return evaluations.find("candidateRef = ?1 order by createdAt, id", ref).page(0, limit).list();
    }

    /** Deletes these evaluations and what hangs on them, keeping their figures without the person. */
    public RemovalCounts removeEvaluations(List<Evaluation> doomed, Removal why) {
        RemovalCounts counts = new RemovalCounts();
        if (doomed.isEmpty()) {
            return counts;
        }
        List<UUID> ids = doomed.stream().map(e -> e.id).toList();
        EntityManager em = evaluations.getEntityManager();
        counts.add("anonymousGradingsKept", anonymous.keep(doomed, why));
        counts.add("reviewEntries", count(em, "review_entry", ids));
        counts.add("webhookDeliveries", count(em, "webhook_delivery", ids));
        counts.add("screeningAnswers", count(em, "screening_answer", ids));
        // a regrade or a cached copy of another evaluation names it; the link goes, the other evaluation stays
        em.createNativeQuery("UPDATE {h-schema}evaluation SET previous_id = NULL WHERE previous_id IN (:ids)")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("UPDATE {h-schema}evaluation SET cached_from = NULL WHERE cached_from IN (:ids)")
                .setParameter("ids", ids).executeUpdate();
        em.flush();
        doomed.forEach(em::detach);
        counts.add("evaluations", em.createNativeQuery("DELETE FROM {h-schema}evaluation WHERE id IN (:ids)")
                .setParameter("ids", ids).executeUpdate());
        return counts;
    }

    /**
     * Everything else tied to the reference: interviews (with follow-up answers), screening candidacies and
     * decisions' reasons, demographics, invitations (with drafts), a learner's account and its sign-in
     * records. The audit's record that a decision was made stays, without the reference and the reason.
     */
    public RemovalCounts removeTheRest(String ref) {
        RemovalCounts counts = new RemovalCounts();
        EntityManager em = evaluations.getEntityManager();
        counts.add("interviewQuestions", update(em, "DELETE FROM {h-schema}interview_question WHERE interview_id IN "
                + "(SELECT id FROM {h-schema}interview WHERE learner_ref = :ref)", ref));
        counts.add("interviews", update(em, "DELETE FROM {h-schema}interview WHERE learner_ref = :ref", ref));
        counts.add("screeningCandidates", update(em, "DELETE FROM {h-schema}screening_candidate WHERE candidate_ref = :ref", ref));
        counts.add("screeningAuditEntriesAnonymised", update(em, "UPDATE {h-schema}screening_audit SET candidate_ref = NULL,"
                + " reason = NULL WHERE candidate_ref = :ref", ref));
        counts.add("demographics", update(em, "DELETE FROM {h-schema}screening_demographic WHERE candidate_ref = :ref", ref));
        counts.add("invitations", update(em, "DELETE FROM {h-schema}screening_invitation WHERE candidate_ref = :ref", ref));
        counts.add("signInAttempts", update(em, "DELETE FROM {h-schema}sign_in_attempt WHERE scope = 'account'"
                + " AND subject = :ref AND EXISTS (SELECT 1 FROM {h-schema}app_user WHERE username = :ref AND role = 'learner')", ref));
        counts.add("signInAuditEntries", update(em, "DELETE FROM {h-schema}sign_in_audit WHERE principal = :ref"
                + " AND EXISTS (SELECT 1 FROM {h-schema}app_user WHERE username = :ref AND role = 'learner')", ref));
        counts.add("learnerAccounts", update(em, "DELETE FROM {h-schema}app_user WHERE username = :ref AND role = 'learner'", ref));
        return counts;
    }

    private static long count(EntityManager em, String table, List<UUID> ids) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM {h-schema}" + table + " WHERE evaluation_id IN (:ids)")
                .setParameter("ids", ids).getSingleResult()).longValue();
    }

    private static int update(EntityManager em, String sql, String ref) {
        return em.createNativeQuery(sql).setParameter("ref", ref).executeUpdate();
    }
}
