package dev.viva.support;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Gauges read from one SQL query over Viva's schema, run at most once per {@link MetricsConfig#gaugeCacheTtl()}
 * and shared by the gauges built on it. Read from the shared database, so every instance reports the same
 * figures; while the database cannot answer, the gauges report NaN (no sample) rather than a false zero.
 */
public final class DatabaseGauges {

    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);

    private final MeterRegistry registry;
    private final CachedValue<double[]> row;

    /** @param sql a query of one row of numbers; {@code {schema}} is replaced by Viva's quoted schema */
    public DatabaseGauges(MeterRegistry registry, DataSource dataSource, String schema, MetricsConfig config,
            String sql) {
        this.registry = registry;
        String query = sql.replace("{schema}", '"' + schema.replace("\"", "\"\"") + '"');
        this.row = new CachedValue<>(() -> read(dataSource, query), config.gaugeCacheTtl());
    }

    /** Registers a gauge of the query's column {@code column} (0-based). */
    public void gauge(String name, String description, String baseUnit, int column) {
        gauge(name, description, baseUnit, column, Tags.empty());
    }

    /** Registers a gauge of the query's column {@code column} (0-based), with tags. */
    public void gauge(String name, String description, String baseUnit, int column, Tags tags) {
        ToDoubleFunction<DatabaseGauges> value = g -> {
            double[] values = g.row.get();
            return values == null ? Double.NaN : values[column];
        };
        Gauge.builder(name, this, value).description(description).baseUnit(baseUnit).tags(tags)
                .strongReference(true).register(registry);
    }

    private static double[] read(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            double[] values = new double[result.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = result.getDouble(i + 1);
            }
            return values;
        } catch (SQLException e) {
            LOG.debugf("Gauge query failed (%s); the gauges report no value", e.getMessage());
            return null;
        }
    }
}
