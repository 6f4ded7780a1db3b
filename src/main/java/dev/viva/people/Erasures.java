package dev.viva.people;

import dev.viva.jobs.JobEngine;
import dev.viva.review.agreement.AnonymousGradings.Removal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Erases everything tied to a candidate's or learner's reference. A small history goes in one transaction
 * at once; a large one on the job engine, a batch of evaluations per transaction, each batch recorded on
 * the erasure, so that a crash half-way loses nothing done and the rest is done after the restart.
 * Logs name erasures by id, never the person.
 */
@ApplicationScoped
public class Erasures {

    private static final Logger LOG = Logger.getLogger(Erasures.class);

    private final ErasureRepository erasures;
    private final PersonalDataRemover remover;
    private final JobEngine jobs;
    private final PeopleConfig.Erasing config;

    public Erasures(ErasureRepository erasures, PersonalDataRemover remover, JobEngine jobs, PeopleConfig config) {
        this.erasures = erasures;
        this.remover = remover;
        this.jobs = jobs;
        this.config = config.erasure();
    }

    /** Erases the person now (done) or starts the erasure on the job engine (running); one at a time per person. */
    public ErasureReceipt erase(String ref, String actor) {
        Erasure started = QuarkusTransaction.requiringNew().call(() -> {
            Optional<Erasure> running = erasures.find("personRef = ?1 and status = ?2", ref, Erasure.Status.running)
                    .firstResultOptional();
            if (running.isPresent()) {
                return running.get();
            }
            Erasure e = new Erasure();
            e.id = UUID.randomUUID();
            e.personRef = ref;
            e.status = Erasure.Status.running;
            e.counts = Map.of();
            e.requestedBy = actor;
            e.requestedAt = OffsetDateTime.now();
            e.heartbeatAt = e.requestedAt;
            long history = erasures.getEntityManager().createQuery(
                    "select count(e) from Evaluation e where e.candidateRef = :ref", Long.class)
                    .setParameter("ref", ref).getSingleResult();
            if (history <= config.inlineMax()) {
                RemovalCounts counts = remover.removeEvaluations(remover.evaluationsOf(ref, config.inlineMax()), Removal.ERASURE);
                counts.addAll(remover.removeTheRest(ref));
                e.finish(counts);
            }
            erasures.persist(e);
            return e;
        });
        if (started.status == Erasure.Status.running) {
            jobs.enqueueOnce(Map.of(started.id, new ErasePerson(started.id)));
            LOG.infof("Erasure %s started on the job engine", started.id);
        } else {
            LOG.infof("Erasure %s done at once: %s", started.id, started.counts);
        }
        return ErasureReceipt.of(started);
    }

    /** Goes on with a running erasure, batch by batch, until it is done. */
    public void carryOn(UUID id) {
        while (nextBatch(id)) {
            pause();
        }
    }

    /** One batch in one transaction; false once the erasure is done (or unknown). */
    boolean nextBatch(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Erasure e = erasures.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (e == null || e.status == Erasure.Status.done) {
                return false;
            }
            RemovalCounts counts = new RemovalCounts(e.counts);
            var batch = remover.evaluationsOf(e.personRef, config.batchSize());
            if (batch.isEmpty()) {
                counts.addAll(remover.removeTheRest(e.personRef));
                e.finish(counts);
                LOG.infof("Erasure %s done: %s", id, counts);
                return false;
            }
            counts.addAll(remover.removeEvaluations(batch, Removal.ERASURE));
            e.counts = counts.asMap();
            e.heartbeatAt = OffsetDateTime.now();
            return true;
        });
    }

    /** Hands to the job engine again every running erasure whose worker stopped (a crash, a lost job). */
    public int resumeStalled() {
        List<UUID> stalled = QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime before = OffsetDateTime.now().minus(config.staleAfter());
            List<Erasure> found = erasures.find("status = ?1 and heartbeatAt < ?2", Erasure.Status.running, before)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
            found.forEach(e -> e.heartbeatAt = OffsetDateTime.now()); // claimed: another instance leaves it
            return found.stream().map(e -> e.id).toList();
        });
        for (UUID id : stalled) {
            jobs.enqueue(new ErasePerson(id));
            LOG.infof("Erasure %s had stalled; taken up again", id);
        }
        return stalled.size();
    }

    public Optional<ErasureReceipt> receipt(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> erasures.findByIdOptional(id).map(ErasureReceipt::of));
    }

    /** The newest erasures first: tombstones, and the ones still running (without their reference). */
    public List<ErasureReceipt> recent(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> erasures.findAll(Sort.descending("requestedAt"))
                .page(0, limit).list().stream().map(ErasureReceipt::of).toList());
    }

    private void pause() {
        if (!config.batchPause().isZero()) {
            try {
                Thread.sleep(config.batchPause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
