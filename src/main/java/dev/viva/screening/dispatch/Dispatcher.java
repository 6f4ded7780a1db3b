package dev.viva.screening.dispatch;

import dev.viva.jobs.JobEngine;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningAnswer;
import dev.viva.screening.ScreeningAnswerRepository;
import dev.viva.screening.ScreeningRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Hands a screening's stored answers to the job engine, one job per answer and dispatch round, under
 * an id derived from both: whoever hands an answer over, and however often, it is graded by one job.
 * The hand-over follows the commit that stored the answers; should this instance die in between, the
 * sweep (every instance, every viva.screening.sweep-every) hands over what was stored and not enqueued.
 * The sweep also resumes screenings paused at their budget once the budget allows.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int CHUNK = 1000;

    private final JobEngine jobs;
    private final ScreeningAnswerRepository answers;
    private final ScreeningRepository screenings;
    private final CostMeter costs;

    public Dispatcher(JobEngine jobs, ScreeningAnswerRepository answers, ScreeningRepository screenings, CostMeter costs) {
        this.jobs = jobs;
        this.answers = answers;
        this.screenings = screenings;
        this.costs = costs;
    }

    public void enqueue(List<ScreeningAnswer> toEnqueue) {
        for (int from = 0; from < toEnqueue.size(); from += CHUNK) {
            List<ScreeningAnswer> chunk = toEnqueue.subList(from, Math.min(toEnqueue.size(), from + CHUNK));
            Map<UUID, GradeScreeningAnswer> byJobId = new LinkedHashMap<>();
            chunk.forEach(a -> byJobId.put(a.jobId(), new GradeScreeningAnswer(a.evaluationId, a.round)));
            jobs.enqueueOnce(byJobId);
            List<UUID> ids = chunk.stream().map(a -> a.evaluationId).toList();
            QuarkusTransaction.requiringNew().run(() -> answers.update("enqueued = true where evaluationId in ?1", ids));
        }
    }

    @Scheduled(every = "${viva.screening.sweep-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sweepNow(OffsetDateTime.now().minusSeconds(10));
    }

    /** Hands over the answers stored before {@code storedBefore} and not enqueued; resumes what the budget allows. */
    public int sweepNow(OffsetDateTime storedBefore) {
        int handed = 0;
        List<ScreeningAnswer> lost;
        do {
            lost = QuarkusTransaction.requiringNew().call(() -> answers
                    .find("enqueued = false and budgetHeld = false and createdAt < ?1", storedBefore)
                    .page(0, CHUNK).list());
            if (!lost.isEmpty()) {
                LOG.infof("Handing %d stored screening answer(s) to the job engine after a lost hand-over", lost.size());
                enqueue(lost);
                handed += lost.size();
            }
        } while (lost.size() == CHUNK);
        List<Screening> paused = QuarkusTransaction.requiringNew().call(() -> screenings.list("pausedBudget", true));
        for (Screening s : paused) {
            resumeIfBudgetAllows(s.id);
        }
        return handed;
    }

    /** Sets a screening's own budget (null: the configured one) and resumes it if the new budget allows. */
    public void changeBudget(UUID screeningId, java.math.BigDecimal budget) {
        QuarkusTransaction.requiringNew().run(() -> screenings.update("budget = ?1 where id = ?2", budget, screeningId));
        resumeIfBudgetAllows(screeningId);
    }

    /**
     * Sends a screening's answers held for budget to the job engine again, in a new round, if its
     * recorded cost is now below the budget (after the budget was raised).
     * @return whether it resumed
     */
    public boolean resumeIfBudgetAllows(UUID screeningId) {
        Screening current = QuarkusTransaction.requiringNew().call(() -> screenings.findById(screeningId));
        if (current == null || !current.pausedBudget || costs.budgetReached(current)) {
            return false;
        }
        List<ScreeningAnswer> held = QuarkusTransaction.requiringNew().call(() -> {
            Screening s = screenings.findById(screeningId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            s.pausedBudget = false;
            List<ScreeningAnswer> waiting = answers.list("screeningId = ?1 and budgetHeld = true", screeningId);
            waiting.forEach(a -> {
                a.budgetHeld = false;
                a.enqueued = false;
                a.round++;
            });
            return waiting;
        });
        LOG.infof("Screening %s resumed within its budget: %d answer(s) handed over again", screeningId, held.size());
        enqueue(held);
        return true;
    }
}
