package dev.viva.webhook;

import org.jobrunr.jobs.lambdas.JobRequest;

/** A job: deliver (one attempt of) the stored webhook message with this id. */
public record DeliverWebhook(String deliveryId) implements JobRequest {

    @Override
    public Class<DeliverWebhookHandler> getJobRequestHandler() {
        return DeliverWebhookHandler.class;
    }
}
