package dev.viva.screening;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScreeningCandidateRepository implements PanacheRepositoryBase<ScreeningCandidate, ScreeningCandidate.Key> {

    public List<ScreeningCandidate> of(UUID screeningId) {
        return list("screeningId = ?1 order by aliasNo", screeningId);
    }

    /**
     * The candidate a reviewer names: by the alias they see while it is hidden, else by reference.
     * Aliases cannot be references (uploads refuse them), so the two never collide.
     */
    public Optional<ScreeningCandidate> named(Screening screening, String name) {
        if (ScreeningCandidate.ALIAS.matcher(name).matches()) {
            int number = Integer.parseInt(name.substring("Candidate ".length()).strip());
            return find("screeningId = ?1 and aliasNo = ?2", screening.id, number).firstResultOptional();
        }
        return findByIdOptional(new ScreeningCandidate.Key(screening.id, name))
                .filter(c -> !c.hidden(screening));
    }

    /** The next alias number of a screening; call with the screening row locked. */
    public int nextAliasNo(UUID screeningId) {
        Integer max = getEntityManager().createQuery(
                "select max(c.aliasNo) from ScreeningCandidate c where c.screeningId = :s", Integer.class)
                .setParameter("s", screeningId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
