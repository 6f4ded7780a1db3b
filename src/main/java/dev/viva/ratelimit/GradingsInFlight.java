package dev.viva.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many gradings each API key has running on this instance, bounded by its gradingsInFlight. Per
 * instance on purpose: a count shared in the database would stay raised for good by an instance that
 * died mid-grading, unless every slot were a lease that expires, which a grading of unknown length
 * cannot set well.
 */
@ApplicationScoped
public class GradingsInFlight {

    private final ConcurrentMap<Long, Integer> running = new ConcurrentHashMap<>();

    /**
     * @return the slot, to be closed when the grading ends, however it ends
     * @throws LimitReached when the key has {@code limit} gradings running already
     */
    public Slot take(long apiKeyId, int limit) {
        AtomicBoolean taken = new AtomicBoolean();
        running.compute(apiKeyId, (id, count) -> {
            int now = count == null ? 0 : count;
            if (now >= limit) {
                return count;
            }
            taken.set(true);
            return now + 1;
        });
        if (!taken.get()) {
            throw LimitReached.gradingsInFlight(limit);
        }
        return new Slot(apiKeyId);
    }

    public int running(long apiKeyId) {
        return running.getOrDefault(apiKeyId, 0);
    }

    /** One running grading; closing it frees the slot (once, however often it is closed). */
    public final class Slot implements AutoCloseable {

        private final long apiKeyId;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot(long apiKeyId) {
            this.apiKeyId = apiKeyId;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                running.computeIfPresent(apiKeyId, (id, count) -> count <= 1 ? null : count - 1);
            }
        }
    }
}
