package dev.viva.webhook;

import dev.viva.jobs.JobsConfig;
import dev.viva.security.ApiKeyService;
import dev.viva.support.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One delivery attempt: checks the address again, signs the stored body with the key's current secret
 * (Standard Webhooks headers), POSTs it without following redirects, and records the outcome. Any 2xx
 * is delivered; anything else is tried again until the give-up time or the engine's last retry.
 */
@ApplicationScoped
public class WebhookSender {

    enum Attempt { DELIVERED, FAILED_RETRY, GAVE_UP, NOTHING_TO_DO }

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final WebhookDeliveryRepository deliveries;
    private final CallbackAddresses addresses;
    private final ApiKeyService keys;
    private final WebhookConfig config;
    private final JobsConfig jobs;
    private final HttpClient http;
    private final WebhookMeters meters;

    public WebhookSender(WebhookDeliveryRepository deliveries, CallbackAddresses addresses, ApiKeyService keys,
            WebhookConfig config, JobsConfig jobs, WebhookMeters meters) {
        this.meters = meters;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.keys = keys;
        this.config = config;
        this.jobs = jobs;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.timeout()).build();
    }

    Attempt attempt(String id) {
        WebhookDelivery d = claim(id);
        if (d == null) {
            return Attempt.NOTHING_TO_DO;
        }
        Integer status = null;
        String error = null;
        try {
            var key = keys.webhookSettings(d.clientRef);
            addresses.requireAllowed(d.url, key.map(ApiKeyService.WebhookSettings::allowedHosts).orElse(List.of()));
            String secret = key.map(ApiKeyService.WebhookSettings::secret).orElse(null);
            long timestamp = System.currentTimeMillis() / 1000;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(d.url)).timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Viva-Webhooks/1")
                    .header("webhook-id", d.id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload));
            if (secret != null) {
                request.header("webhook-signature", WebhookSignature.sign(secret, d.id, timestamp, d.payload));
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
        } catch (DomainException e) {
            error = e.getMessage();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Attempt outcome = record(id, status, error);
        meters.attempted(outcome);
        return outcome;
    }

    /**
     * The message, if it is pending and no other attempt holds it: an attempt holds it for twice the
     * time-out, so that two jobs of one message (a sweep and a redelivery) never send it at once.
     */
    private WebhookDelivery claim(String id) {
        OffsetDateTime now = OffsetDateTime.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimed = deliveries.update("heldUntil = ?1 where id = ?2 and status = ?3 and "
                    + "(heldUntil is null or heldUntil < ?4)", now.plus(config.timeout().multipliedBy(2)), id,
                    WebhookDelivery.PENDING, now);
            return claimed == 0 ? null : deliveries.findById(id);
        });
    }

    private Attempt record(String id, Integer status, String error) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = deliveries.findById(id);
            OffsetDateTime now = OffsetDateTime.now();
            d.attempts++;
            d.lastAttemptAt = now;
            d.heldUntil = null;
            d.lastStatusCode = status;
            if (status != null && status >= 200 && status < 300) {
                d.status = WebhookDelivery.DELIVERED;
                d.deliveredAt = now;
                d.lastError = null;
                return Attempt.DELIVERED;
            }
            d.lastError = error != null ? error : "receiver answered " + status;
            boolean lastTry = d.attempts > jobs.retries() || now.isAfter(d.createdAt.plus(config.giveUpAfter()));
            if (lastTry) {
                d.status = WebhookDelivery.FAILED;
                LOG.warnf("Webhook %s to %s given up after %d attempts: %s", d.id, d.url, d.attempts, d.lastError);
                return Attempt.GAVE_UP;
            }
            return Attempt.FAILED_RETRY;
        });
    }
}
