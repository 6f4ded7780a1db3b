package dev.viva.people;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Every instance looks for erasures whose worker died and hands them to the job engine again. */
@ApplicationScoped
public class ErasureResume {

    private final Erasures erasures;

    public ErasureResume(Erasures erasures) {
        this.erasures = erasures;
    }

    @Scheduled(every = "${viva.people.erasure.resume-every:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resume() {
        erasures.resumeStalled();
    }
}
