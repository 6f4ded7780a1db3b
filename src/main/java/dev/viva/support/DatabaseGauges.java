package dev.viva.support;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.sql.SQLException;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * Gauges read from one SQL query over Viva's schema, run through {@link GaugeQueries} (cached a few seconds)
 * and shared by the gauges built on it. Read from the shared database, so every instance reports the same
 * figures; while the database cannot answer, the gauges report NaN (no sample) rather than a false zero.
 */
public final class DatabaseGauges {

    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);

    private final MeterRegistry registry;
    private final GaugeQueries queries;
    private final String query;

    /** @param sql a query of one row of numbers; {@code {schema}} is replaced by Viva's quoted schema */
    public DatabaseGauges(MeterRegistry registry, GaugeQueries queries, String schema, String sql) {
        this.registry = registry;
        this.queries = queries;
        this.query = sql.replace("{schema}", '"' + schema.replace("\"", "\"\"") + '"');
    }

    /** Registers a gauge of the query's column {@code column} (0-based). */
    public void gauge(String name, String description, String baseUnit, int column) {
        gauge(name, description, baseUnit, column, Tags.empty());
    }

    /** Registers a gauge of the query's column {@code column} (0-based), with tags. */
    public void gauge(String name, String description, String baseUnit, int column, Tags tags) {
        ToDoubleFunction<DatabaseGauges> value = g -> g.read(column);
        Gauge.builder(name, this, value).description(description).baseUnit(baseUnit).tags(tags)
                .strongReference(true).register(registry);
    }

    private double read(int column) {
        try {
            return queries.row(query)[column];
        } catch (SQLException e) {
            LOG.debugf("Gauge query failed (%s); the gauges report no value", e.getMessage());
            return Double.NaN;
        }
    }
}
