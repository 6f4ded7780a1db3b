package dev.viva.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The job engine (JobRunr on Viva's PostgreSQL). */
@ConfigMapping(prefix = "viva.jobs")
public interface JobsConfig {

    /** Whether this instance runs jobs (every instance can enqueue them; those with a server run them). */
    @WithDefault("true")
    boolean server();

    /** How often the server looks for jobs that are due (JobRunr allows no less than 5 s). */
    @WithDefault("5s")
    Duration pollInterval();

    /**
     * Jobs run at once on this instance (virtual threads: waiting on a network call is cheap). Keep it at
     * or above viva.screening.max-llm-in-flight, or the workers, not the model, bound a screening.
     */
    @WithDefault("32")
    int workers();

    /**
     * Retries of a failing job: JobRunr waits seed^n seconds before the n-th retry, so with the defaults
     * (10 retries, seed 3) the last retry is about 24.6 hours after the first attempt.
     */
    @WithDefault("10")
    int retries();

    @WithDefault("3")
    int backoffSeed();
}
