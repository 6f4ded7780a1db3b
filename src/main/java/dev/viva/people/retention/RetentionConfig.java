package dev.viva.people.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** How long Viva keeps personal data (viva.retention.*). */
@ConfigMapping(prefix = "viva.retention")
public interface RetentionConfig {

    /** Whether the retention job runs at all (it is scheduled on the job engine, once for all instances). */
    @WithDefault("true")
    boolean enabled();

    /** When it runs: a cron expression (minute hour day month weekday), in UTC. */
    @WithDefault("0 3 * * *")
    String schedule();

    /**
     * A screening's candidates' data is kept this long after it closes (a screening's own retentionDays wins);
     * an unclosed screening counts from its last answer.
     */
    @WithDefault("180d")
    Duration screenings();

    /** A mock interview is kept this long after it finished (or, unfinished, after it started). */
    @WithDefault("365d")
    Duration interviews();

    /** Per question bank, a period for the interviews on it, instead of {@link #interviews()}. */
    Map<String, Duration> interviewBanks();

    /** Gradings through the API outside screenings and interviews are kept this long after they were submitted. */
    @WithDefault("365d")
    Duration evaluations();

    /** Evaluations deleted per transaction. */
    @WithDefault("500")
    int batchSize();
}
