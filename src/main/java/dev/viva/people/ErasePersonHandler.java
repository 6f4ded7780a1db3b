package dev.viva.people;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/** Runs an erasure batch by batch; a crash leaves it running, and it is taken up again where it stopped. */
@ApplicationScoped
@Unremovable // looked up by the job engine, never injected
public class ErasePersonHandler implements JobRequestHandler<ErasePerson> {

    private final Erasures erasures;

    public ErasePersonHandler(Erasures erasures) {
        this.erasures = erasures;
    }

    @Override
    @Job(name = "Erase person (erasure %0)")
    public void run(ErasePerson job) {
        erasures.carryOn(job.erasureId());
    }
}
