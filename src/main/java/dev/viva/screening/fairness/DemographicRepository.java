package dev.viva.screening.fairness;

import dev.viva.screening.ScreeningCandidate;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DemographicRepository implements PanacheRepositoryBase<Demographic, ScreeningCandidate.Key> {
}
