package dev.viva.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Enqueues again the pending messages never attempted five sweep periods after they were written: the
 * instance that wrote them most likely died before it handed them to the job engine. A message sent
 * twice carries the same webhook-id, by which receivers drop the copy (Standard Webhooks).
 */
@ApplicationScoped
public class PendingDeliverySweep {

    private final WebhookDeliveryRepository deliveries;
    private final WebhookHandOver handOver;
    private final WebhookConfig config;

    public PendingDeliverySweep(WebhookDeliveryRepository deliveries, WebhookHandOver handOver, WebhookConfig config) {
        this.deliveries = deliveries;
        this.handOver = handOver;
        this.config = config;
    }

    @Scheduled(every = "${viva.webhooks.sweep-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        OffsetDateTime before = OffsetDateTime.now().minus(config.sweepEvery().multipliedBy(5));
        List<String> lost = QuarkusTransaction.requiringNew().call(() -> deliveries
                .find("status = ?1 and attempts = 0 and createdAt < ?2 and (enqueuedAt is null or enqueuedAt < ?2)",
                        WebhookDelivery.PENDING, before)
                .page(0, 100).list().stream().map(d -> d.id).toList());
        lost.forEach(handOver::handOver);
    }
}
