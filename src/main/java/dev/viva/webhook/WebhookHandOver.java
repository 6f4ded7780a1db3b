package dev.viva.webhook;

import dev.viva.jobs.JobEngine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/** Hands a stored message to the job engine and notes when, so that the sweep leaves it alone. */
@ApplicationScoped
public class WebhookHandOver {

    private final WebhookDeliveryRepository deliveries;
    private final JobEngine jobs;

    public WebhookHandOver(WebhookDeliveryRepository deliveries, JobEngine jobs) {
        this.deliveries = deliveries;
        this.jobs = jobs;
    }

    public void handOver(String deliveryId) {
        jobs.enqueue(new DeliverWebhook(deliveryId));
        QuarkusTransaction.requiringNew().run(() -> deliveries.update("enqueuedAt = ?1 where id = ?2",
                OffsetDateTime.now(), deliveryId));
    }
}
