package dev.viva.security;

import dev.viva.support.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * The audit trail of sign-ins: form sign-ins that succeed, fail or are throttled, and API keys that fail.
 * A key that works is not written (it is every API request), nor one refused while its address waits (a
 * flood of them writes nothing).
 */
@ApplicationScoped
public class SignInAudit implements PanacheRepository<SignInAuditEntry> {

    private static final int MAX_PRINCIPAL = 100;

    public enum Method {
        FORM("form"), API_KEY("api-key");

        final String value;

        Method(String value) {
            this.value = value;
        }
    }

    public enum Outcome {
        SIGNED_IN("signed-in"), FAILED("failed"), THROTTLED("throttled");

        final String value;

        Outcome(String value) {
            this.value = value;
        }
    }

    /** An entry as the API shows it. */
    public record SignInView(long id, String method, String outcome, String principal, String clientAddress,
            OffsetDateTime at) {
        static SignInView of(SignInAuditEntry e) {
            return new SignInView(e.id, e.method, e.outcome, e.principal, e.clientAddress, e.createdAt);
        }
    }

    /** Written in a transaction of its own, so that it stays whatever becomes of the request. */
    public void record(Method method, Outcome outcome, String principal, String clientAddress) {
        SignInAuditEntry entry = new SignInAuditEntry();
        entry.method = method.value;
        entry.outcome = outcome.value;
        entry.principal = principal.length() > MAX_PRINCIPAL ? principal.substring(0, MAX_PRINCIPAL) : principal;
        entry.clientAddress = clientAddress;
        entry.createdAt = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(() -> persist(entry));
    }

    /** The newest first. */
    @Transactional
    public Page<SignInView> newestFirst(int page, int size) {
        var query = findAll(Sort.descending("createdAt", "id")).page(page, size);
        return new Page<>(query.list().stream().map(SignInView::of).toList(), page, size, query.count());
    }
}
