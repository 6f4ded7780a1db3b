package dev.viva.rubric;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class RubricVersionRepository implements PanacheRepository<RubricVersion> {

    public Optional<RubricVersion> findActive(String questionId) {
        return find("questionId = ?1 and active = true", questionId).firstResultOptional();
    }

    /** The question's highest-numbered version, whatever its status. */
    public Optional<RubricVersion> findNewest(String questionId) {
        return find("questionId = ?1 order by version desc", questionId).firstResultOptional();
    }
}
