package dev.viva.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.evaluation.EvaluationFinished;
import dev.viva.evaluation.LearnerFeedbackViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The outbox: the end of an asynchronous grading writes its webhook message in the same transaction
 * as the result, and hands it to the job engine once that transaction has committed. A message whose
 * hand-over was lost (the instance died in between) is picked up by {@link PendingDeliverySweep}.
 */
@ApplicationScoped
public class WebhookOutbox {

    static final String EVENT_TYPE = "evaluation.completed";
    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class);

    private final WebhookDeliveryRepository deliveries;
    private final LearnerFeedbackViews views;
    private final ObjectMapper json;
    private final WebhookHandOver handOver;

    public WebhookOutbox(WebhookDeliveryRepository deliveries, LearnerFeedbackViews views, ObjectMapper json,
            WebhookHandOver handOver) {
        this.deliveries = deliveries;
        this.views = views;
        this.json = json;
        this.handOver = handOver;
    }

    /** In the result's transaction: the message, with the feedback view as its data, written once. */
    void write(@Observes EvaluationFinished finished) {
        var e = finished.evaluation();
        WebhookDelivery d = new WebhookDelivery();
        d.id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        d.evaluationId = e.id;
        d.clientRef = e.clientRef;
        d.url = e.callbackUrl;
        d.eventType = EVENT_TYPE;
        d.createdAt = OffsetDateTime.now();
        d.status = WebhookDelivery.PENDING;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", EVENT_TYPE);
        body.put("timestamp", d.createdAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.put("data", views.of(e));
        try {
            d.payload = json.writeValueAsString(body);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot write the webhook payload of " + e.id, ex);
        }
        deliveries.persist(d);
    }

    /** After the commit: the evaluation's new messages go to the job engine. */
    void handOver(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvaluationFinished finished) {
        UUID evaluationId = finished.evaluation().id;
        try {
            List<String> ids = QuarkusTransaction.requiringNew().call(() -> deliveries
                    .find("evaluationId = ?1 and status = ?2 and attempts = 0", evaluationId, WebhookDelivery.PENDING)
                    .list().stream().map(d -> d.id).toList());
            ids.forEach(handOver::handOver);
        } catch (RuntimeException ex) {
            LOG.warnf(ex, "The webhook of evaluation %s is stored but could not be enqueued now; the sweep will",
                    evaluationId);
        }
    }
}
