package dev.viva.ratelimit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ApiKeyLimitRepository implements PanacheRepositoryBase<ApiKeyLimit, Long> {
}
