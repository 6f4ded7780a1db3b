package dev.viva.support;

import io.quarkus.arc.Arc;
import io.quarkus.cache.CacheManager;

/**
 * For test fixtures that write rows in bulk, behind the entity listeners (as no service does): they
 * empty the read caches themselves, as an operator's SQL would need the caches to expire.
 */
public final class Caches {

    private Caches() {
    }

    public static void emptyAll() {
        CacheManager manager = Arc.container().instance(CacheManager.class).get();
        manager.getCacheNames().forEach(name -> manager.getCache(name)
                .ifPresent(cache -> cache.invalidateAll().await().indefinitely()));
    }
}
