package dev.viva.jobs;

import dev.viva.support.DatabaseGauges;
import dev.viva.support.GaugeQueries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.filters.JobServerFilter;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * The job engine's meters, per job type (one per {@link JobRequestHandler} bean): jobs waiting, running and
 * failed, read from JobRunr's table in the shared database (so across instances), and the failed runs of
 * this instance's server, counted by JobRunr's filter hooks.
 */
@Startup
@ApplicationScoped
public class JobMeters implements JobServerFilter {

    /** JobRunr's states that a queue has; succeeded and deleted jobs are history. */
    static final List<String> STATES = List.of("ENQUEUED", "SCHEDULED", "PROCESSING", "FAILED");

    private final MeterRegistry registry;
    private final List<String> handlers = new ArrayList<>();

    public JobMeters(MeterRegistry registry, BeanManager beans, GaugeQueries queries,
            @ConfigProperty(name = "viva.db.schema") String schema) {
        this.registry = registry;
        for (Bean<?> bean : beans.getBeans(new TypeLiteral<JobRequestHandler<?>>() { }.getType())) {
            handlers.add(bean.getBeanClass().getName());
        }
        handlers.sort(null);
        List<String> columns = new ArrayList<>();
        for (String handler : handlers) {
            for (String state : STATES) {
                columns.add("count(*) FILTER (WHERE state = '" + state + "' AND jobsignature LIKE '"
                        + handler.replace("'", "''") + ".%')");
            }
        }
        if (handlers.isEmpty()) {
            return;
        }
        DatabaseGauges gauges = new DatabaseGauges(registry, queries, schema,
                "SELECT " + String.join(", ", columns) + " FROM {schema}.jobrunr_jobs WHERE state IN ('"
                        + String.join("', '", STATES) + "')");
        int column = 0;
        for (String handler : handlers) {
            for (String state : STATES) {
                gauges.gauge("viva.jobs", "Jobs by type and state: enqueued (due), scheduled (waiting for a retry), "
                        + "processing, failed (retries spent)", null, column++,
                        Tags.of("type", JobTypes.of(handler), "state", state.toLowerCase(Locale.ROOT)));
            }
            failures(JobTypes.of(handler));
            failedAfterRetries(JobTypes.of(handler));
        }
    }

    @Override
    public void onProcessingFailed(Job job, Exception e) {
        failures(JobTypes.of(job.getJobDetails().getClassName())).increment();
    }

    @Override
    public void onFailedAfterRetries(Job job) {
        failedAfterRetries(JobTypes.of(job.getJobDetails().getClassName())).increment();
    }

    private Counter failures(String type) {
        return Counter.builder("viva.job.failures").description("Job runs that failed on this instance, by job type")
                .tag("type", type).register(registry);
    }

    private Counter failedAfterRetries(String type) {
        return Counter.builder("viva.job.failed.after.retries")
                .description("Jobs that failed for good once their retries were spent, by job type")
                .tag("type", type).register(registry);
    }
}
