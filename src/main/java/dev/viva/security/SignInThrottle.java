package dev.viva.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Failed sign-ins per account and client address, kept in PostgreSQL ({@code sign_in_attempt}) so that
 * every instance on the database sees the same counts. After the free failures each attempt must wait
 * (see {@link Backoff}); one made earlier is refused without its credentials being looked at.
 */
@ApplicationScoped
public class SignInThrottle {

    private final EntityManager entities;
    private final Backoff backoff;

    public SignInThrottle(EntityManager entities, SecurityConfig config) {
        this.entities = entities;
        this.backoff = Backoff.of(config.signIn());
    }

    /** Refuses the attempt while any of the subjects must still wait; the longest wait is the one given. */
    public void check(List<ThrottledSubject> subjects) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Object[]> blocked = QuarkusTransaction.requiringNew().call(() -> subjects.stream()
                .flatMap(s -> entities.createNativeQuery("SELECT blocked_until, failures FROM {h-schema}sign_in_attempt "
                        + "WHERE scope = ?1 AND subject = ?2 AND blocked_until > ?3", Object[].class)
                        .setParameter(1, s.scope().column).setParameter(2, s.subject()).setParameter(3, now)
                        .getResultList().stream().map(row -> (Object[]) row))
                .toList());
        blocked.stream()
                .max((a, b) -> toOffset(a[0]).compareTo(toOffset(b[0])))
                .ifPresent(row -> {
                    throw new SignInThrottled(toOffset(row[0]).toInstant(), backoff.locks(((Number) row[1]).intValue()));
                });
    }

    /** Counts a failure against each subject and sets the wait its count calls for. */
    public void recordFailure(List<ThrottledSubject> subjects) {
        QuarkusTransaction.requiringNew().run(() -> subjects.forEach(this::countFailure));
    }

    /** A successful sign-in: the account starts afresh (its address does not, so that one good account cannot reset it). */
    public void clear(ThrottledSubject subject) {
        QuarkusTransaction.requiringNew().run(() -> entities
                .createNativeQuery("DELETE FROM {h-schema}sign_in_attempt WHERE scope = ?1 AND subject = ?2")
                .setParameter(1, subject.scope().column).setParameter(2, subject.subject()).executeUpdate());
    }

    /** Rows whose failures are forgotten and whose wait is over say nothing any more. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldFailures() {
        OffsetDateTime now = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("DELETE FROM {h-schema}sign_in_attempt "
                + "WHERE last_failure_at < ?1 AND (blocked_until IS NULL OR blocked_until < ?2)")
                .setParameter(1, now.minus(backoff.lockDuration())).setParameter(2, now).executeUpdate());
    }

    private void countFailure(ThrottledSubject subject) {
        OffsetDateTime now = OffsetDateTime.now();
        // failures older than the lock duration are forgotten: the count starts again at 1
        Number failures = (Number) entities.createNativeQuery("INSERT INTO {h-schema}sign_in_attempt AS a "
                + "(scope, subject, failures, last_failure_at) VALUES (?1, ?2, 1, ?3) "
                + "ON CONFLICT (scope, subject) DO UPDATE SET failures = CASE "
                + "WHEN a.last_failure_at < ?4 THEN 1 ELSE a.failures + 1 END, "
                + "last_failure_at = ?3 RETURNING failures")
                .setParameter(1, subject.scope().column).setParameter(2, subject.subject()).setParameter(3, now)
                .setParameter(4, now.minus(backoff.lockDuration())).getSingleResult();
        Duration wait = backoff.waitAfter(failures.intValue());
        entities.createNativeQuery("UPDATE {h-schema}sign_in_attempt SET blocked_until = ?3 WHERE scope = ?1 AND subject = ?2")
                .setParameter(1, subject.scope().column).setParameter(2, subject.subject())
                .setParameter(3, wait.isZero() ? null : now.plus(wait)).executeUpdate();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp " + value);
    }
}
