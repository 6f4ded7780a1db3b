package dev.viva.screening.invitation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, String> {
}
