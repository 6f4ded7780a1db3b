package dev.viva.people.retention;

import dev.viva.evaluation.Evaluation;
import dev.viva.jobs.JobEngine;
import dev.viva.people.PersonalDataRemover;
import dev.viva.people.RemovalCounts;
import dev.viva.review.agreement.AnonymousGradings.Removal;
import dev.viva.screening.Screening;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Deletes personal data that has outlived its period: a closed screening's candidates' data (answers,
 * evaluations, candidacies with decisions' reasons, invitations, demographics), finished interviews, and
 * gradings through the API. What the figures need stays without the person (anonymous gradings, the
 * screening itself, the audit's record that a decision was made). Each run is logged and recorded with
 * its counts. It runs as one recurring job on the job engine, so one instance runs it at a time.
 */
@ApplicationScoped
public class Retention {

    static final String JOB_ID = "viva-retention";
    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final EntityManager em;
    private final PersonalDataRemover remover;
    private final RetentionRunRepository runs;
    private final RetentionConfig config;
    private final JobEngine jobs;

    public Retention(EntityManager em, PersonalDataRemover remover, RetentionRunRepository runs, RetentionConfig config,
            JobEngine jobs) {
        this.em = em;
        this.remover = remover;
        this.runs = runs;
        this.config = config;
        this.jobs = jobs;
    }

    /** After the job engine has started (its observer runs at the default priority). */
    void schedule(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) StartupEvent ignored) {
        if (config.enabled()) {
            jobs.recurring(JOB_ID, config.schedule(), new ApplyRetention());
        } else {
            jobs.deleteRecurring(JOB_ID);
        }
    }

    /** One run: deletes everything expired now, records the run, and returns what it deleted. */
    public RemovalCounts apply() {
        OffsetDateTime started = OffsetDateTime.now();
        RemovalCounts counts = new RemovalCounts();
        for (UUID screening : expiredScreenings(started)) {
            counts.addAll(purgeScreening(screening));
        }
        for (UUID interview : expiredInterviews(started)) {
            counts.addAll(purgeInterview(interview));
        }
        counts.addAll(purgeApiGradings(started.minus(config.evaluations())));
        QuarkusTransaction.requiringNew().run(() -> {
            RetentionRun run = new RetentionRun();
            run.startedAt = started;
            run.finishedAt = OffsetDateTime.now();
            run.counts = counts.asMap();
            runs.persist(run);
        });
        LOG.infof("Retention run: %d records deleted or made anonymous %s", counts.total(), counts);
        return counts;
    }

    /** Screenings past their period (closed, or else idle since their last answer) that still hold candidates' data. */
    @SuppressWarnings("unchecked")
    List<UUID> expiredScreenings(OffsetDateTime now) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT s.id FROM {h-schema}screening s
                WHERE COALESCE(s.closed_at, GREATEST(s.created_at,
                        (SELECT max(e.created_at) FROM {h-schema}evaluation e WHERE e.screening_id = s.id)))
                      < CAST(:now AS timestamptz) - make_interval(days => COALESCE(s.retention_days, :days))
                  AND (EXISTS (SELECT 1 FROM {h-schema}evaluation e WHERE e.screening_id = s.id)
                    OR EXISTS (SELECT 1 FROM {h-schema}screening_candidate c WHERE c.screening_id = s.id)
                    OR EXISTS (SELECT 1 FROM {h-schema}screening_invitation i WHERE i.screening_id = s.id)
                    OR EXISTS (SELECT 1 FROM {h-schema}screening_demographic d WHERE d.screening_id = s.id))
                ORDER BY s.created_at""", UUID.class)
                .setParameter("now", now).setParameter("days", (int) config.screenings().toDays()).getResultList());
    }

    private RemovalCounts purgeScreening(UUID screeningId) {
        RemovalCounts counts = removeInBatches(() -> em.createQuery("from Evaluation where screeningId = :s order by id",
                Evaluation.class).setParameter("s", screeningId));
        QuarkusTransaction.requiringNew().run(() -> {
            counts.add("screeningCandidates", update("DELETE FROM {h-schema}screening_candidate WHERE screening_id = :s", screeningId));
            counts.add("invitations", update("DELETE FROM {h-schema}screening_invitation WHERE screening_id = :s", screeningId));
            counts.add("demographics", update("DELETE FROM {h-schema}screening_demographic WHERE screening_id = :s", screeningId));
            counts.add("screeningAuditEntriesAnonymised", update("UPDATE {h-schema}screening_audit SET candidate_ref = NULL,"
                    + " reason = NULL WHERE screening_id = :s AND (candidate_ref IS NOT NULL OR reason IS NOT NULL)", screeningId));
            Screening s = em.find(Screening.class, screeningId);
            s.purgedAt = OffsetDateTime.now();
        });
        counts.add("screeningsPurged", 1);
        return counts;
    }

    /** Interviews past the period of their bank (after they finished, or started if never finished). */
    List<UUID> expiredInterviews(OffsetDateTime now) {
        Duration shortest = config.interviewBanks().values().stream().reduce(config.interviews(),
                (a, b) -> a.compareTo(b) <= 0 ? a : b);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createQuery("""
                    select i.id, coalesce(i.finishedAt, i.createdAt),
                           (select min(q.bank) from InterviewQuestion iq, Question q
                            where iq.interviewId = i.id and q.id = iq.questionId)
                    from Interview i where coalesce(i.finishedAt, i.createdAt) < :before""", Object[].class)
                    .setParameter("before", now.minus(shortest)).getResultList();
            return rows.stream().filter(r -> ((OffsetDateTime) r[1]).isBefore(now.minus(periodOf((String) r[2]))))
                    .map(r -> (UUID) r[0]).toList();
        });
    }

    private Duration periodOf(String bank) {
        return bank == null ? config.interviews() : config.interviewBanks().getOrDefault(bank, config.interviews());
    }

    private RemovalCounts purgeInterview(UUID interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Evaluation> answers = em.createQuery("from Evaluation e where e.id in (select iq.evaluationId from"
                    + " InterviewQuestion iq where iq.interviewId = :i)", Evaluation.class)
                    .setParameter("i", interviewId).getResultList();
            RemovalCounts counts = remover.removeEvaluations(answers, Removal.RETENTION);
            counts.add("interviewQuestions", update("DELETE FROM {h-schema}interview_question WHERE interview_id = :s", interviewId));
            counts.add("interviews", update("DELETE FROM {h-schema}interview WHERE id = :s", interviewId));
            return counts;
        });
    }

    /** Gradings through the API (in no screening or interview) submitted before the cut-off. */
    private RemovalCounts purgeApiGradings(OffsetDateTime before) {
        return removeInBatches(() -> em.createQuery("""
                from Evaluation e where e.screeningId is null and e.createdAt < :before
                and not exists (select 1 from InterviewQuestion iq where iq.evaluationId = e.id)
                order by e.createdAt, e.id""", Evaluation.class).setParameter("before", before));
    }

    /** Removes what the query selects, a batch per transaction, until it selects nothing. */
    private RemovalCounts removeInBatches(java.util.function.Supplier<jakarta.persistence.TypedQuery<Evaluation>> query) {
        RemovalCounts counts = new RemovalCounts();
        List<Evaluation> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                List<Evaluation> next = query.get().setMaxResults(config.batchSize()).getResultList();
                counts.addAll(remover.removeEvaluations(next, Removal.RETENTION));
                return next;
            });
        } while (!batch.isEmpty());
        return counts;
    }

    private int update(String sql, UUID id) {
        return em.createNativeQuery(sql).setParameter("s", id).executeUpdate();
    }
}
