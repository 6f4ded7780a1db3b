package dev.viva.jobs;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jobrunr.configuration.JobRunr;
import org.jobrunr.configuration.JobRunrConfiguration;
import org.jobrunr.configuration.JobRunrMicroMeterIntegration;
import org.jobrunr.jobs.filters.RetryFilter;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import java.util.Map;
import java.util.UUID;
import org.jobrunr.scheduling.JobBuilder;

/**
 * JobRunr, wired in CDI: its jobs live in Viva's PostgreSQL (tables {@code jobrunr_*} in Viva's
 * schema, created by JobRunr's own migrations), so any instance may enqueue and every instance with
 * a server takes jobs, each job by one instance only. Jobs are {@link JobRequest}s, handled by CDI
 * beans; a failing handler is retried with exponential back-off.
 */
@ApplicationScoped
public class JobEngine {

    private static final Logger LOG = Logger.getLogger(JobEngine.class);

    private final AgroalDataSource dataSource;
    private final JobsConfig config;
    private final String schema;
    private final JobMeters meters;
    private final MeterRegistry registry;
    private JobRequestScheduler scheduler;
    private StorageProvider storage;

    public JobEngine(AgroalDataSource dataSource, JobsConfig config,
            @ConfigProperty(name = "viva.db.schema") String schema, JobMeters meters, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.meters = meters;
        this.registry = registry;
        this.config = config;
        this.schema = schema;
    }

    void start(@Observes StartupEvent ignored) {
        storage = new PostgresStorageProvider(dataSource, schema + ".", DatabaseOptions.CREATE);
        JobRunrConfiguration jobRunr = JobRunr.configure()
                .useJsonMapper(new JacksonJsonMapper())
                .useStorageProvider(storage)
                .useJobActivator(new CdiJobActivator())
                .withJobFilter(new RetryFilter(config.retries(), config.backoffSeed()), meters)
                // JobRunr's own meters: jobs by state over all types, and this instance's job server
                .useMicroMeter(new JobRunrMicroMeterIntegration(registry));
        if (config.server()) {
            jobRunr.useBackgroundJobServer(BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                    .andPollInterval(config.pollInterval())
                    .andWorkerCount(config.workers()));
        }
        scheduler = jobRunr.initialize().getJobRequestScheduler();
        LOG.infof("Job engine started (JobRunr on PostgreSQL schema %s, server %s)", schema, config.server());
    }

    /**
     * JobRunr stops this instance's job server when its storage keeps failing (the database gone for a
     * while) and never starts it again by itself; this starts it again once the database answers.
     */
    @Scheduled(every = "${viva.jobs.watchdog-every:15s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void restartStoppedServer() {
        BackgroundJobServer server = config.server() ? JobRunr.getBackgroundJobServer() : null;
        if (server == null || server.isRunning()) {
            return;
        }
        try (var connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return;
            }
        } catch (java.sql.SQLException stillDown) {
            return;
        }
        LOG.warn("The job server had stopped (its storage failed); starting it again");
        server.start();
    }

    /** Whether this instance's job server runs (false without one). */
    public boolean serverRunning() {
        BackgroundJobServer server = config.server() ? JobRunr.getBackgroundJobServer() : null;
        return server != null && server.isRunning();
    }

    /** Whether JobRunr's storage answers (its tables in Viva's database); false before the engine started. */
    public boolean storageReachable() {
        if (storage == null) {
            return false;
        }
        try {
            storage.getBackgroundJobServers();
            return true;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /** Whether this instance runs a job server at all (viva.jobs.server). */
    public boolean hasServer() {
        return config.server();
    }

    void stop(@Observes ShutdownEvent ignored) {
        JobRunr.destroy();
    }

    /** Schedules (or reschedules) a recurring job under a fixed id: one run per schedule for all instances. */
    public void recurring(String id, String cron, JobRequest request) {
        scheduler.scheduleRecurrently(id, cron, request);
    }

    public void deleteRecurring(String id) {
        scheduler.deleteRecurringJob(id);
    }

    /** Enqueues a job now; the id is the job's, so that the same work can be found again. */
    public UUID enqueue(JobRequest request) {
        return scheduler.enqueue(request).asUUID();
    }

    /**
     * Enqueues jobs under ids of the caller's choosing. A job whose id exists already is not created
     * again (JobRunr ignores it), so handing the same work over twice runs it once.
     */
    public void enqueueOnce(Map<UUID, ? extends JobRequest> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        try {
            scheduler.create(jobs.entrySet().stream()
                    .map(job -> JobBuilder.aJob().withId(job.getKey()).withJobRequest(job.getValue())));
        } catch (RuntimeException batchRefused) {
            // one of the ids exists already: the batch insert fails whole, one by one skips it
            LOG.debugf("Batch of %d jobs refused (%s); enqueuing one by one", jobs.size(), batchRefused.getMessage());
            jobs.forEach(scheduler::enqueue);
        }
    }


    /** Resolves job handlers as CDI beans. */
    private static final class CdiJobActivator implements JobActivator {
        @Override
        public <T> T activateJob(Class<T> type) {
            return Arc.container().instance(type).get();
        }
    }
}
