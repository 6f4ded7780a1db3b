package dev.viva.review;

import dev.viva.support.DatabaseGauges;
import dev.viva.support.GaugeQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The review queue's depth (evaluations that need review) and how long its oldest item has waited. */
@Startup
@ApplicationScoped
public class ReviewQueueGauges {

    public ReviewQueueGauges(MeterRegistry registry, GaugeQueries queries,
            @ConfigProperty(name = "viva.db.schema") String schema) {
        DatabaseGauges gauges = new DatabaseGauges(registry, queries, schema,
                "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(COALESCE(graded_at, created_at))), 0)"
                        + " FROM {schema}.evaluation WHERE status = 'NEEDS_REVIEW'");
        gauges.gauge("viva.review.queue.depth", "Evaluations waiting for a reviewer (status needs_review)", null, 0);
        gauges.gauge("viva.review.queue.oldest.age",
                "How long the oldest evaluation in the review queue has waited since it was graded (0 when empty)",
                "seconds", 1);
    }
}
