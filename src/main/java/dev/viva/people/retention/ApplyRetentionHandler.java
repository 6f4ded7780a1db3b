package dev.viva.people.retention;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/** Runs retention on whichever instance's job server takes the recurring job. */
@ApplicationScoped
@Unremovable // looked up by the job engine, never injected
public class ApplyRetentionHandler implements JobRequestHandler<ApplyRetention> {

    private final Retention retention;

    public ApplyRetentionHandler(Retention retention) {
        this.retention = retention;
    }

    @Override
    @Job(name = "Apply retention", retries = 2)
    public void run(ApplyRetention job) {
        retention.apply();
    }
}
