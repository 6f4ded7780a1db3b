package dev.viva.screening;

import dev.viva.evaluation.EvaluationService;
import dev.viva.evaluation.EvaluationStatus;
import dev.viva.evaluation.GradingContexts;
import dev.viva.grading.GraderKind;
import dev.viva.question.Viewer;
import dev.viva.support.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates screenings and reads them with their progress; a client reaches its own screenings only. */
@ApplicationScoped
public class Screenings {

    private final ScreeningRepository screenings;
    private final ScreeningCandidateRepository candidates;
    private final GradingContexts contexts;
    private final EvaluationService evaluations;
    private final ScreeningConfig config;
    private final ScreeningAuditRepository audit;

    public Screenings(ScreeningRepository screenings, ScreeningCandidateRepository candidates,
            GradingContexts contexts, EvaluationService evaluations, ScreeningConfig config,
            ScreeningAuditRepository audit) {
        this.audit = audit;
        this.screenings = screenings;
        this.candidates = candidates;
        this.contexts = contexts;
        this.evaluations = evaluations;
        this.config = config;
    }

    public ScreeningView create(NewScreening request, Viewer caller) {
        GraderKind grader = request.grader() == null ? GraderKind.AUTO : request.grader();
        evaluations.callsModel(grader); // an llm screening on a server without an LLM is refused now
        if (new HashSet<>(request.questionIds()).size() != request.questionIds().size()) {
            throw DomainException.invalidInput("questionIds: each question may appear once.");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            for (String questionId : request.questionIds()) {
                contexts.target(questionId).contextFor(caller); // exists for the caller, live, rubric approved
            }
            Screening s = new Screening();
            s.id = UUID.randomUUID();
            s.name = request.name().strip();
            s.questionIds = List.copyOf(request.questionIds());
            s.grader = grader;
            s.blind = request.blind() == null || request.blind();
            s.budget = request.budget();
            s.retentionDays = request.retentionDays();
            s.ownerRef = caller.principal();
            s.createdAt = OffsetDateTime.now();
            screenings.persist(s);
            return view(s);
        });
    }

    /** The screening if the caller may reach it (staff: any; a client: its own), else not found. */
    public Screening require(UUID id, Viewer caller) {
        return QuarkusTransaction.requiringNew().call(() -> screenings.findByIdOptional(id)
                .filter(s -> caller.seesAll() || s.ownerRef.equals(caller.principal()))
                .orElseThrow(() -> DomainException.notFound("Screening", id.toString())));
    }

    /** The screening locked for writing; call inside a transaction. */
    public Screening lock(UUID id) {
        return screenings.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Closes the screening: it takes no more answers or invitations, and its retention period starts. */
    public ScreeningView close(UUID id, Viewer caller) {
        require(id, caller);
        return QuarkusTransaction.requiringNew().call(() -> {
            Screening s = lock(id);
            if (s.closedAt == null) {
                s.closedAt = OffsetDateTime.now();
            }
            return view(s);
        });
    }

    /** Refuses new answers for a closed screening; call with the screening locked. */
    public static void requireOpen(Screening s) {
        if (s.closed()) {
            throw DomainException.conflict("Screening closed", "Screening " + s.id + " was closed at " + s.closedAt
                    + " and takes no more answers or invitations.");
        }
    }

    public ScreeningView get(UUID id, Viewer caller) {
        Screening s = require(id, caller);
        return QuarkusTransaction.requiringNew().call(() -> view(s));
    }

    /** Newest first; a client's own only. */
    public List<ScreeningView> list(Viewer caller) {
        return QuarkusTransaction.requiringNew().call(() -> screenings
                .find("?1 is null or ownerRef = ?1 order by createdAt desc", caller.onlyOwn()).list()
                .stream().map(this::view).toList());
    }

    /** Reviewers see candidates' references from now on (admin). */
    public ScreeningView unblind(UUID id, String admin) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Screening s = lock(id);
            if (s == null) {
                throw DomainException.notFound("Screening", id.toString());
            }
            if (s.unblindedAt == null) {
                s.unblindedAt = OffsetDateTime.now();
                s.unblindedBy = admin;
                screenings.getEntityManager().createQuery(
                        "update Evaluation e set e.candidateHidden = false where e.screeningId = :s")
                        .setParameter("s", id).executeUpdate();
                audit.persist(ScreeningAuditEntry.of(id, null, ScreeningAuditEntry.UNBLIND, null, null, admin));
            }
            return view(s);
        });
    }

    /** The budget in force: the screening's own, else the configured one, else none (null). */
    public BigDecimal budgetOf(Screening s) {
        return s.budget != null ? s.budget : config.budget().orElse(null);
    }

    /** Call inside a transaction. */
    public ScreeningView view(Screening s) {
        return ScreeningView.of(s, progress(s.id), budgetOf(s));
    }

    /** Call inside a transaction. */
    public ScreeningProgress progress(UUID screeningId) {
        Object[] row = (Object[]) screenings.getEntityManager().createQuery("""
                select count(e),
                       sum(case when e.status = :graded then 1 else 0 end),
                       sum(case when e.status = :review then 1 else 0 end),
                       sum(case when e.status = :ungraded and e.attempts > 0 then 1 else 0 end),
                       sum(case when e.status = :ungraded and e.attempts = 0 then 1 else 0 end),
                       sum(case when e.gradedAt > :since then 1 else 0 end),
                       min(case when e.gradedAt > :since then e.gradedAt else null end)
                from Evaluation e where e.screeningId = :s""")
                .setParameter("graded", EvaluationStatus.GRADED).setParameter("review", EvaluationStatus.NEEDS_REVIEW)
                .setParameter("ungraded", EvaluationStatus.UNGRADED)
                .setParameter("since", OffsetDateTime.now().minusMinutes(5)).setParameter("s", screeningId)
                .getSingleResult();
        OffsetDateTime firstInWindow = (OffsetDateTime) row[6];
        return ScreeningProgress.of(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]),
                firstInWindow == null ? null : Duration.between(firstInWindow, OffsetDateTime.now()));
    }

    /** Each candidate's decision and alias, by reference; call inside a transaction. */
    public Map<String, ScreeningCandidate> candidates(UUID screeningId) {
        Map<String, ScreeningCandidate> byRef = new java.util.LinkedHashMap<>();
        candidates.of(screeningId).forEach(c -> byRef.put(c.candidateRef, c));
        return byRef;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
