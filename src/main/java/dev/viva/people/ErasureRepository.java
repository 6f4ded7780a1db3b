package dev.viva.people;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ErasureRepository implements PanacheRepositoryBase<Erasure, UUID> {
}
