package dev.viva.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Webhook delivery attempts by outcome: delivered, failed (tried again later) and gave_up (failed for good). */
@Startup // registers its series at zero before the first event
@ApplicationScoped
public class WebhookMeters {

    private final MeterRegistry registry;

    public WebhookMeters(MeterRegistry registry) {
        this.registry = registry;
        for (WebhookSender.Attempt outcome : WebhookSender.Attempt.values()) {
            if (outcome != WebhookSender.Attempt.NOTHING_TO_DO) {
                attempts(outcome);
            }
        }
    }

    void attempted(WebhookSender.Attempt outcome) {
        if (outcome != WebhookSender.Attempt.NOTHING_TO_DO) {
            attempts(outcome).increment();
        }
    }

    private Counter attempts(WebhookSender.Attempt outcome) {
        String tag = switch (outcome) {
            case FAILED_RETRY -> "failed";
            default -> outcome.name().toLowerCase(Locale.ROOT);
        };
        return Counter.builder("viva.webhook.attempts")
                .description("Webhook delivery attempts by outcome: delivered, failed (to be tried again), gave_up")
                .tag("outcome", tag).register(registry);
    }
}
