package dev.viva.people;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/** A job: go on with this erasure until it is done (the reference stays in the database, not in the job). */
public record ErasePerson(UUID erasureId) implements JobRequest {

    @Override
    public Class<ErasePersonHandler> getJobRequestHandler() {
        return ErasePersonHandler.class;
    }
}
