package dev.viva.support;

import io.quarkus.arc.Arc;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * JPA entity listener that empties the caches an entity names ({@link InvalidatesCaches}) when one of
 * its rows is inserted, updated or deleted, and again when that transaction ends, so that a snapshot
 * read meanwhile from the rows as they were before the commit is not kept either. Other instances
 * sharing the database see a write once their entries expire (each cache's expire-after-write).
 * Bulk JPQL updates bypass entity listeners: the services that use them also write an entity in the
 * same transaction.
 */
public class CacheInvalidation {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        InvalidatesCaches names = entity.getClass().getAnnotation(InvalidatesCaches.class);
        if (names == null) {
            return;
        }
        CacheManager manager = Arc.container().instance(CacheManager.class).get();
        List<Cache> caches = java.util.Arrays.stream(names.value()).map(manager::getCache)
                .flatMap(java.util.Optional::stream).toList();
        caches.forEach(CacheInvalidation::empty);
        againAtTheEnd(caches);
    }

    private static void againAtTheEnd(List<Cache> caches) {
        TransactionSynchronizationRegistry transactions = Arc.container()
                .instance(TransactionSynchronizationRegistry.class).get();
        if (transactions.getTransactionKey() == null
                || transactions.getTransactionStatus() != Status.STATUS_ACTIVE
                || transactions.getResource(caches) != null) {
            return;
        }
        transactions.putResource(caches, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                caches.forEach(CacheInvalidation::empty);
            }
        });
    }

    private static void empty(Cache cache) {
        cache.invalidateAll().await().indefinitely();
    }
}
