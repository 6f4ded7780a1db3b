package dev.viva.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each API key's requests per minute: a Bucket4j bucket per key, refilled to the full quota once a
 * minute and kept in PostgreSQL ({@code rate_limit_bucket}, in Viva's schema), so that all instances on
 * one database take from the same bucket. A refused request takes nothing.
 *
 * <p>A changed limit reaches a bucket through Bucket4j's implicit configuration replacement: the
 * version is the time of the key's last change, or this instance's start if later (so that new
 * defaults apply after a restart). Requests made already stay counted (additive inheritance).
 */
@ApplicationScoped
public class RequestsPerMinute {

    /** What taking one request from a key's bucket gave. */
    public record Outcome(boolean allowed, int quota, long remaining, long secondsToReset, long secondsToRetry) {

        /** The failure to report for a request that was not allowed. */
        public LimitReached refusal() {
            return LimitReached.requestsPerMinute(quota, secondsToRetry);
        }
    }

    /** The window of the quota. */
    public static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int EXPIRED_PER_SWEEP = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<Long> buckets;
    /** Kept per key, so that concurrent requests of one key on this instance share a database round trip. */
    private final ConcurrentMap<Long, KnownBucket> known = new ConcurrentHashMap<>();
    private final long startedMicros = micros(Instant.now());

    private record KnownBucket(long version, int quota, BucketProxy bucket) {
    }

    public RequestsPerMinute(DataSource dataSource, @ConfigProperty(name = "viva.db.schema") String schema) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .table(quoted(schema) + ".rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(WINDOW))
                .build();
    }

    public Outcome take(long apiKeyId, Limits limits) {
        ConsumptionProbe probe;
        try {
            probe = bucket(apiKeyId, limits).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (dev.viva.support.Causes.find(e, io.github.bucket4j.distributed.proxy.BucketNotFoundException.class).isEmpty()) {
                throw e;
            }
            // many first requests of a key at once: a batch that raced the one creating the bucket fails
            // whole with "bucket does not exist"; the bucket exists now, so the request is taken again
            probe = bucket(apiKeyId, limits).tryConsumeAndReturnRemaining(1);
        }
        return new Outcome(probe.isConsumed(), limits.requestsPerMinute(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** Buckets full again for a minute are deleted; one that is needed again starts full, as it was. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        buckets.removeExpired(EXPIRED_PER_SWEEP);
    }

    private BucketProxy bucket(long apiKeyId, Limits limits) {
        long version = Math.max(startedMicros, micros(limits.changedAt()));
        int quota = limits.requestsPerMinute();
        return known.compute(apiKeyId, (id, bucket) -> bucket != null && bucket.version() == version
                && bucket.quota() == quota ? bucket : new KnownBucket(version, quota, buckets.builder()
                        .withOptimization(Optimizations.batching())
                        .withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.ADDITIVE)
                        .build(id, () -> perMinute(quota))))
                .bucket();
    }

    private static BucketConfiguration perMinute(int quota) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(quota).refillIntervally(quota, WINDOW))
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    private static long micros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + TimeUnit.NANOSECONDS.toMicros(instant.getNano());
    }

    /** As Flyway names the schema it creates. */
    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
