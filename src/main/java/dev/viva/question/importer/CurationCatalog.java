package dev.viva.question.importer;

import jakarta.enterprise.context.ApplicationScoped;

/** The curation files read at start-up, applied to documents imported later through the API as well. */
@ApplicationScoped
public class CurationCatalog {

    private volatile Curations current = Curations.none();

    public Curations current() {
        return current;
    }

    void replace(Curations curations) {
        this.current = curations;
    }
}
