package dev.viva.calibration.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A run that died with the service must not stay "running" forever. */
@QuarkusTest
class InterruptedRunsTest {

    @Inject
    CalibrationRunner runner;

    @Inject
    CalibrationRunRepository runs;

    @AfterEach
    void removeRuns() {
        QuarkusTransaction.requiringNew().run(() -> runs.deleteAll());
    }

    @Test
    void runsLeftQueuedOrRunningAreMarkedFailedAtStartUpAndCompletedOnesAreLeftAlone() {
        UUID running = store(RunStatus.RUNNING);
        UUID queued = store(RunStatus.QUEUED);
        UUID completed = store(RunStatus.COMPLETED);

        assertThat(runner.markInterruptedRuns()).isEqualTo(2);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(runs.findById(running).status).isEqualTo(RunStatus.FAILED);
            assertThat(runs.findById(running).error).startsWith("interrupted");
            assertThat(runs.findById(running).finishedAt).isNotNull();
            assertThat(runs.findById(queued).status).isEqualTo(RunStatus.FAILED);
            assertThat(runs.findById(completed).status).isEqualTo(RunStatus.COMPLETED);
            assertThat(runs.findById(completed).error).isNull();
        });
    }

    private UUID store(RunStatus status) {
        CalibrationRun run = new CalibrationRun();
        run.id = UUID.randomUUID();
        run.status = status;
        run.bank = "calibration-test";
        run.grader = "offline";
        run.rubricBuilder = "offline";
        run.mapping = "none";
        run.seed = 42;
        run.total = 10;
        run.createdAt = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(() -> runs.persist(run));
        return run.id;
    }
}
