package dev.viva.people.retention;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RetentionRunRepository implements PanacheRepository<RetentionRun> {
}
