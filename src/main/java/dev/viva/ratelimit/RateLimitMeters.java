package dev.viva.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Requests refused with 429 by limit (requests_per_minute, gradings_in_flight); never by key. */
@Startup // registers its series at zero before the first event
@ApplicationScoped
public class RateLimitMeters {

    private final Counter requestsPerMinute;
    private final Counter gradingsInFlight;

    public RateLimitMeters(MeterRegistry registry) {
        this.requestsPerMinute = rejections(registry, "requests_per_minute");
        this.gradingsInFlight = rejections(registry, "gradings_in_flight");
    }

    public void refusedRequestsPerMinute() {
        requestsPerMinute.increment();
    }

    void refusedGradingsInFlight() {
        gradingsInFlight.increment();
    }

    private static Counter rejections(MeterRegistry registry, String limit) {
        return Counter.builder("viva.rate.limit.rejections")
                .description("Requests refused with 429 because an API key reached a limit, by limit")
                .tag("limit", limit).register(registry);
    }
}
