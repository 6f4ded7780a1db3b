package dev.viva.evaluation;

import dev.viva.support.DatabaseGauges;
import dev.viva.support.GaugeQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ungraded backlog, read from the evaluation table: answers stored but not graded yet that will still
 * be graded (a first grading, a retry or a screening's turn to come), the age of the oldest of them, and
 * those the retries gave up on (they wait for a person or a forced regrade).
 */
@Startup
@ApplicationScoped
public class BacklogGauges {

    private static final String TO_GRADE = "(next_attempt_at IS NOT NULL OR attempts = 0)";

    public BacklogGauges(MeterRegistry registry, GaugeQueries queries,
            @ConfigProperty(name = "viva.db.schema") String schema) {
        DatabaseGauges gauges = new DatabaseGauges(registry, queries, schema,
                "SELECT count(*) FILTER (WHERE " + TO_GRADE + "),"
                        + " COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE " + TO_GRADE + ")), 0),"
                        + " count(*) FILTER (WHERE NOT " + TO_GRADE + ")"
                        + " FROM {schema}.evaluation WHERE status = 'UNGRADED'");
        gauges.gauge("viva.ungraded.backlog", "Answers stored and not graded yet that will still be graded", null, 0);
        gauges.gauge("viva.ungraded.oldest.age", "Age of the oldest answer in the ungraded backlog (0 when empty)",
                "seconds", 1);
        gauges.gauge("viva.ungraded.given.up", "Ungraded answers whose retries were given up", null, 2);
    }
}
