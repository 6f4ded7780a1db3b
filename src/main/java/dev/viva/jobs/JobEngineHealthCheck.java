package dev.viva.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the job engine: JobRunr's storage answers and, where this instance runs a job server, the
 * server runs. A stopped server is started again by {@link JobEngine}'s watchdog once the database answers;
 * until then the instance is not ready, since asynchronous gradings and webhooks would wait on it.
 */
@Readiness
@ApplicationScoped
public class JobEngineHealthCheck implements HealthCheck {

    static final String NAME = "job engine";

    private final JobEngine engine;

    public JobEngineHealthCheck(JobEngine engine) {
        this.engine = engine;
    }

    @Override
    public HealthCheckResponse call() {
        boolean storage = engine.storageReachable();
        String server = !engine.hasServer() ? "none" : engine.serverRunning() ? "running" : "stopped";
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("storage", storage ? "reachable" : "unreachable")
                .withData("server", server);
        return (storage && !"stopped".equals(server) ? response.up() : response.down()).build();
    }
}
