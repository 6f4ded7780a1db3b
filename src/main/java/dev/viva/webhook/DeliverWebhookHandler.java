package dev.viva.webhook;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * Runs a delivery job. A failed attempt throws, so that the job engine tries again with exponential
 * back-off (viva.jobs.retries and backoff-seed: about 24 hours in all); the last one marks it failed.
 */
@ApplicationScoped
@Unremovable // looked up by the job engine, never injected
public class DeliverWebhookHandler implements JobRequestHandler<DeliverWebhook> {

    private final WebhookSender sender;

    public DeliverWebhookHandler(WebhookSender sender) {
        this.sender = sender;
    }

    @Override
    @Job(name = "Deliver webhook %0")
    public void run(DeliverWebhook job) {
        WebhookSender.Attempt attempt = sender.attempt(job.deliveryId());
        if (attempt == WebhookSender.Attempt.FAILED_RETRY) {
            throw new WebhookNotDeliveredException(job.deliveryId());
        }
    }

    /** Makes the job engine retry. */
    static final class WebhookNotDeliveredException extends RuntimeException {
        WebhookNotDeliveredException(String id) {
            super("Webhook " + id + " was not accepted by its receiver; it will be tried again");
        }
    }
}
