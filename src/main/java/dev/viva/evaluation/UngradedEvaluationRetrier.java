package dev.viva.evaluation;

import dev.viva.grading.GradingConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/** Grades ungraded evaluations again in the background, with backoff, until graded or out of attempts. */
@ApplicationScoped
public class UngradedEvaluationRetrier {

    private static final Logger LOG = Logger.getLogger(UngradedEvaluationRetrier.class);

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

    /**
     * One pass: claims the evaluations that are due and grades them at once, each on a virtual thread
     * (a batch that waits on the model waits once, not once per answer). Returns how many it tried.
     */
    public int retryDueNow() {
        var due = store.claimDue(config.retry().maxAttempts(), config.retry().batchSize(),
                config.retry().lease());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (UUID id : due) {
                threads.submit(() -> {
                    try {
                        var result = service.regradeStored(id);
                        LOG.infof("Retried evaluation %s: now %s after %d attempt(s)", id, result.status, result.attempts);
                    } catch (RuntimeException e) {
                        // the store itself failed (database down): the claim runs out and a later pass tries again
                        LOG.warnf("Retry of evaluation %s not recorded (%s); tried again later", id, e.getMessage());
                    }
                });
            }
        }
        return due.size();
    }
}
