package dev.viva.people.retention;

import org.jobrunr.jobs.lambdas.JobRequest;

/** The recurring job: delete what has outlived its retention period. */
public record ApplyRetention() implements JobRequest {

    @Override
    public Class<ApplyRetentionHandler> getJobRequestHandler() {
        return ApplyRetentionHandler.class;
    }
}
