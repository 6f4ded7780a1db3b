package dev.viva.evaluation;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Empties the {@link GradingContextCache} on every statement that writes a question or a rubric version,
 * whoever issues it (importer, rubric approval, file reload, calibration banks, bulk updates), and again
 * when its transaction ends, so that a grading that read the old rows meanwhile is not kept either.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class GradingContextWrites implements StatementInspector {

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(\\w+\\.)?(question|rubric_version)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Object REGISTERED = GradingContextWrites.class;

    private final GradingContextCache cache;
    private final TransactionSynchronizationRegistry transactions;

    public GradingContextWrites(GradingContextCache cache, TransactionSynchronizationRegistry transactions) {
        this.cache = cache;
        this.transactions = transactions;
    }

    @Override
    public String inspect(String sql) {
        if (!WRITE.matcher(sql).lookingAt()) {
            return sql;
        }
        cache.invalidateAll();
        if (transactions.getTransactionKey() != null && transactions.getResource(REGISTERED) == null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    cache.invalidateAll();
                }
            });
        }
        return sql;
    }
}
