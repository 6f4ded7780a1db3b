package dev.viva.calibration.run;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CalibrationRunRepository implements PanacheRepositoryBase<CalibrationRun, UUID> {

    public Optional<CalibrationRun> latestCompleted() {
        return find("status = ?1 order by finishedAt desc", RunStatus.COMPLETED).firstResultOptional();
    }
}
