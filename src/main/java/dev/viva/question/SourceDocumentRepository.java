package dev.viva.question;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class SourceDocumentRepository implements PanacheRepository<SourceDocument> {

    public Optional<SourceDocument> findByName(String name) {
        return find("name", name).firstResultOptional();
    }
}
