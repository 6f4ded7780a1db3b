package dev.viva.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Viva's own meters ({@code viva.metrics.*}; docs/operations.md lists them). */
@ConfigMapping(prefix = "viva.metrics")
public interface MetricsConfig {

    /**
     * How long the gauges that count rows in the database (ungraded backlog, review queue, jobs) reuse one
     * query's result, so that frequent scrapes stay cheap. They read the shared database, so every
     * instance reports the same figures. It is the expiry of the {@code gauge-query} cache ({@link GaugeQueries}).
     */
    @WithDefault("5s")
    Duration gaugeCacheTtl();
}
