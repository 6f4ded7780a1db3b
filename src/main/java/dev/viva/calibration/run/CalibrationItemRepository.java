package dev.viva.calibration.run;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CalibrationItemRepository implements PanacheRepository<CalibrationItem> {

    public List<CalibrationItem> ofRun(UUID runId) {
        return list("runId", Sort.by("id"), runId);
    }

    public List<CalibrationItem> ungraded(UUID runId) {
        return list("runId = ?1 and vivaScore is null and error is null", Sort.by("id"), runId);
    }
}
