package dev.viva.review;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewEntryRepository implements PanacheRepository<ReviewEntry> {

    public List<ReviewEntry> trail(UUID evaluationId) {
        return list("evaluationId", Sort.ascending("id"), evaluationId);
    }
}
