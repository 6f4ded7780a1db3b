package dev.viva.webhook;

import dev.viva.problem.ProblemException;
import dev.viva.question.Viewer;
import dev.viva.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The webhook delivery log, and redelivery on request. A client sees its own deliveries only. */
@Path("/api/webhooks/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Deliveries of asynchronous results (Standard Webhooks)")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CLIENT})
@RunOnVirtualThread
public class WebhookResource {

    private final WebhookDeliveryRepository deliveries;
    private final WebhookHandOver handOver;
    private final SecurityIdentity identity;

    public WebhookResource(WebhookDeliveryRepository deliveries, WebhookHandOver handOver, SecurityIdentity identity) {
        this.deliveries = deliveries;
        this.handOver = handOver;
        this.identity = identity;
    }

    /** A delivery as the log shows it: the body that was signed, and what the receiver answered. */
    public record DeliveryView(String id, UUID evaluationId, String url, String eventType, String status,
            int attempts, Integer lastStatusCode, String lastError, OffsetDateTime createdAt,
            OffsetDateTime lastAttemptAt, OffsetDateTime deliveredAt, String payload) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.evaluationId, d.url, d.eventType, d.status, d.attempts, d.lastStatusCode,
                    d.lastError, d.createdAt, d.lastAttemptAt, d.deliveredAt, d.payload);
        }
    }

    @GET
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log",
            description = "Newest first; filter by evaluationId or status (pending, delivered, failed).")
    public List<DeliveryView> list(@QueryParam("evaluationId") String evaluationId, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        UUID evaluation = evaluationId == null ? null : ProblemException.uuidOrNotFound("Evaluation", evaluationId);
        if (status != null && !List.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED, WebhookDelivery.FAILED)
                .contains(status)) {
            throw ProblemException.badRequest("status must be pending, delivered or failed");
        }
        String client = Viewer.of(identity).onlyOwn();
        return QuarkusTransaction.requiringNew().call(() -> deliveries.find(
                "(?1 is null or clientRef = ?1) and (?2 is null or evaluationId = ?2) and (?3 is null or status = ?3)"
                        + " order by createdAt desc", client, evaluation, status)
                .page(page, size).list().stream().map(DeliveryView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery",
            description = "Its status, attempts, the receiver's last answer and the exact body sent.")
    public DeliveryView get(@PathParam("id") String id) {
        return QuarkusTransaction.requiringNew().call(() -> DeliveryView.of(own(id)));
    }

    @POST
    @Path("/{id}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Deliver a message again",
            description = "The same message (same webhook-id and body) is sent again, signed with the key's current secret.")
    public Response redeliver(@PathParam("id") String id) {
        DeliveryView view = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = own(id);
            d.status = WebhookDelivery.PENDING;
            return DeliveryView.of(d);
        });
        handOver.handOver(id);
        return Response.accepted(view).build();
    }

    private WebhookDelivery own(String id) {
        String client = Viewer.of(identity).onlyOwn();
        return deliveries.findByIdOptional(id).filter(d -> client == null || client.equals(d.clientRef))
                .orElseThrow(() -> ProblemException.notFound("Webhook delivery", id));
    }

}
