package dev.viva.screening;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ScreeningAuditRepository implements PanacheRepositoryBase<ScreeningAuditEntry, Long> {

    public List<ScreeningAuditEntry> of(UUID screeningId) {
        return list("screeningId = ?1 order by at, id", screeningId);
    }
}
