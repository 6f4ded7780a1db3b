package dev.viva.screening.decision;

import dev.viva.question.Viewer;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningAuditEntry;
import dev.viva.screening.ScreeningAuditRepository;
import dev.viva.screening.ScreeningCandidate;
import dev.viva.screening.ScreeningCandidateRepository;
import dev.viva.screening.Screenings;
import dev.viva.support.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reviewers' decisions on candidates, each written to the screening's audit trail. A decision reveals
 * the candidate's reference on a blind screening (to reviewers, from then on).
 */
@ApplicationScoped
public class Decisions {

    public static final Set<String> KINDS = Set.of("advance", "reject", "hold");

    private final Screenings screenings;
    private final ScreeningCandidateRepository candidates;
    private final ScreeningAuditRepository audit;

    public Decisions(Screenings screenings, ScreeningCandidateRepository candidates, ScreeningAuditRepository audit) {
        this.screenings = screenings;
        this.candidates = candidates;
        this.audit = audit;
    }

    /** What the decision led to: the candidate, now under their reference. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CandidateDecision")
    public record Decided(String candidateRef, String alias, String decision, String reason, String decidedBy,
            OffsetDateTime decidedAt) {
    }

    /** @param name the candidate's reference, or the alias a blind screening shows */
    public Decided decide(UUID screeningId, String name, Decision decision, Viewer reviewer) {
        if (!KINDS.contains(decision.decision())) {
            throw DomainException.invalidInput("decision must be advance, reject or hold (got '" + decision.decision() + "').");
        }
        screenings.require(screeningId, reviewer);
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        return QuarkusTransaction.requiringNew().call(() -> {
            Screening s = screenings.lock(screeningId);
            ScreeningCandidate c = candidates.named(s, name)
                    .orElseThrow(() -> DomainException.notFound("Candidate", name));
            c.decision = decision.decision();
            c.decisionReason = reason;
            c.decidedBy = reviewer.principal();
            c.decidedAt = OffsetDateTime.now();
            candidates.getEntityManager().createQuery("update Evaluation e set e.candidateHidden = false"
                    + " where e.screeningId = :s and e.candidateRef = :c")
                    .setParameter("s", screeningId).setParameter("c", c.candidateRef).executeUpdate();
            audit.persist(ScreeningAuditEntry.of(screeningId, c.candidateRef, ScreeningAuditEntry.DECISION,
                    c.decision, reason, reviewer.principal()));
            return new Decided(c.candidateRef, c.alias(), c.decision, reason, c.decidedBy, c.decidedAt);
        });
    }

    /** An audit line as the API shows it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ScreeningAuditLine")
    public record AuditLine(long id, String action, String candidateRef, String decision, String reason, String actor,
            OffsetDateTime at) {
    }

    /** The screening's audit trail, oldest first; a hidden candidate's lines name the alias. */
    public List<AuditLine> audit(UUID screeningId, Viewer caller) {
        Screening s = screenings.require(screeningId, caller);
        return QuarkusTransaction.requiringNew().call(() -> {
            var byRef = screenings.candidates(screeningId);
            return audit.of(screeningId).stream().map(e -> new AuditLine(e.id, e.action,
                    e.candidateRef == null ? null
                            : (byRef.containsKey(e.candidateRef) ? byRef.get(e.candidateRef).shownRef(s) : e.candidateRef),
                    e.decision, e.reason, e.actor, e.at)).toList();
        });
    }
}
