package dev.viva.evaluation;

import dev.viva.grading.GradingConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Grades ungraded evaluations again in the background, with backoff, until graded or out of attempts. */
@ApplicationScoped
public class UngradedEvaluationRetrier {

    private static final Logger LOG = Logger.getLogger(UngradedEvaluationRetrier.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final EvaluationStore store;
    private final EvaluationService service;
    private final GradingConfig config;

    public UngradedEvaluationRetrier(EvaluationStore store, EvaluationService service, GradingConfig config) {
        this.store = store;
        this.service = service;
        this.config = config;
    }

    @Scheduled(every = "${viva.grading.retry.every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryDue() {
        retryDueNow();
    }

    /** One pass: claims the evaluations that are due and grades each. Returns how many it tried. */
    public int retryDueNow() {
        var due = store.claimDue(config.retry().maxAttempts(), config.retry().batchSize(), LEASE);
        for (UUID id : due) {
            var result = service.regradeStored(id);
            LOG.infof("Retried evaluation %s: now %s after %d attempt(s)", id, result.status, result.attempts);
        }
        return due.size();
    }
}
