package dev.viva.support;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Runs the one-row queries of the gauges read from the database, each at most once per
 * {@code viva.metrics.gauge-cache-ttl} (the {@value #CACHE} cache): every gauge of one query reads the same
 * row, and a scrape every few seconds costs one query, not one per series. A failed query is not cached.
 */
@ApplicationScoped
public class GaugeQueries {

    static final String CACHE = "gauge-query";

    private final DataSource dataSource;

    public GaugeQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The query's one row, as numbers. */
    @CacheResult(cacheName = CACHE)
    public double[] row(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            double[] values = new double[result.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = result.getDouble(i + 1);
            }
            return values;
        }
    }
}
