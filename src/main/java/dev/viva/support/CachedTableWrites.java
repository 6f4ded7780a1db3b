package dev.viva.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Empties each {@link WriteInvalidatedCache} on every statement that writes one of its tables, whoever
 * issues it (services, importers, start-up loaders, bulk updates, tests), and again when that
 * transaction ends, so that a cache filled meanwhile from the old rows is not kept either.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class CachedTableWrites implements StatementInspector {

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(?:\\w+\\.)?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, List<WriteInvalidatedCache<?, ?>>> cachesByTable = new HashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    public CachedTableWrites(Instance<WriteInvalidatedCache<?, ?>> caches,
            TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        for (WriteInvalidatedCache<?, ?> cache : caches) {
            for (String table : cache.tables()) {
                cachesByTable.computeIfAbsent(table, t -> new java.util.ArrayList<>()).add(cache);
            }
        }
    }

    @Override
    public String inspect(String sql) {
        Matcher write = WRITE.matcher(sql);
        if (!write.lookingAt()) {
            return sql;
        }
        List<WriteInvalidatedCache<?, ?>> caches = cachesByTable.get(write.group(1).toLowerCase(Locale.ROOT));
        if (caches == null) {
            return sql;
        }
        caches.forEach(WriteInvalidatedCache::invalidateAll);
        invalidateAgainAtTheEnd(caches);
        return sql;
    }

    private void invalidateAgainAtTheEnd(List<WriteInvalidatedCache<?, ?>> caches) {
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
                caches.forEach(WriteInvalidatedCache::invalidateAll);
            }
        });
    }
}
