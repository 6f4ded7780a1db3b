package dev.viva.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jobrunr.configuration.JobRunr;
import org.junit.jupiter.api.Test;

/** A job server that JobRunr stopped (its storage failed for a while) is started again once the database answers. */
@QuarkusTest
class JobServerWatchdogTest {

    @Inject
    JobEngine jobs;

    @Test
    void aStoppedJobServerIsStartedAgain() {
        JobRunr.getBackgroundJobServer().stop();
        assertThat(jobs.serverRunning()).isFalse();

        jobs.restartStoppedServer();

        assertThat(jobs.serverRunning()).isTrue();
    }
}
