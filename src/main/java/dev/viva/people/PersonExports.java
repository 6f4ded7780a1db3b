package dev.viva.people;

import dev.viva.evaluation.CriterionResult;
import dev.viva.evaluation.Evaluation;
import dev.viva.interview.Caller;
import dev.viva.interview.FollowUp;
import dev.viva.interview.Interview;
import dev.viva.interview.InterviewQueries;
import dev.viva.interview.InterviewQuestion;
import dev.viva.question.Question;
import dev.viva.review.ReviewEntry;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningCandidate;
import dev.viva.screening.fairness.Demographic;
import dev.viva.screening.invitation.Invitation;
import dev.viva.security.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Gathers what Viva holds about one reference into a {@link PersonExport}. */
@ApplicationScoped
public class PersonExports {

    /** Staff, to read the interviews' reports as the admin who asked for the export. */
    private static final Caller STAFF = new Caller("people-export", false, true);

    private final EntityManager em;
    private final InterviewQueries interviews;

    public PersonExports(EntityManager em, InterviewQueries interviews) {
        this.em = em;
        this.interviews = interviews;
    }

    /** Whether Viva holds anything about this reference (what an export or an erasure would find). */
    public boolean holdsAnything(String ref) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM {h-schema}evaluation WHERE candidate_ref = :ref)
                    OR EXISTS (SELECT 1 FROM {h-schema}interview WHERE learner_ref = :ref)
                    OR EXISTS (SELECT 1 FROM {h-schema}screening_candidate WHERE candidate_ref = :ref)
                    OR EXISTS (SELECT 1 FROM {h-schema}screening_invitation WHERE candidate_ref = :ref)
                    OR EXISTS (SELECT 1 FROM {h-schema}app_user WHERE username = :ref AND role = 'learner')""",
                Boolean.class).setParameter("ref", ref).getSingleResult());
    }

    /** The export, or empty when Viva holds nothing about this reference. */
    public Optional<PersonExport> of(String ref) {
        PersonExport export = QuarkusTransaction.requiringNew().call(() -> new PersonExport(ref, OffsetDateTime.now(),
                answers(ref), candidacies(ref), invitations(ref), List.of(), account(ref)));
        List<PersonExport.InterviewRecord> held = interviewsOf(ref);
        PersonExport whole = new PersonExport(export.ref(), export.exportedAt(), export.answers(), export.screenings(),
                export.invitations(), held, export.learnerAccount());
        return whole.isEmpty() ? Optional.empty() : Optional.of(whole);
    }

    private List<PersonExport.Answer> answers(String ref) {
        List<Evaluation> mine = em.createQuery("from Evaluation where candidateRef = :ref order by createdAt, id",
                Evaluation.class).setParameter("ref", ref).getResultList();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = mine.stream().map(e -> e.id).toList();
        Map<UUID, List<ReviewEntry>> reviews = em.createQuery("from ReviewEntry where evaluationId in :ids order by id",
                ReviewEntry.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.evaluationId));
        Map<String, String> questionTexts = new HashMap<>();
        em.createQuery("from Question where id in :ids", Question.class)
                .setParameter("ids", mine.stream().map(e -> e.questionId).distinct().toList()).getResultList()
                .forEach(q -> questionTexts.put(q.id, q.text));
        return mine.stream().map(e -> new PersonExport.Answer(e.id, e.questionId, questionTexts.get(e.questionId), e.answer,
                e.createdAt, e.status.name().toLowerCase(Locale.ROOT), e.score, e.reviewedScore, e.gradedAt,
                verdicts(e), e.feedback, e.flags.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList(),
                e.screeningId, reviews.getOrDefault(e.id, List.of()).stream().map(PersonExports::review).toList()))
                .toList();
    }

    private static List<PersonExport.Verdict> verdicts(Evaluation e) {
        if (e.criteria == null) {
            return List.of();
        }
        Map<String, CriterionResult> reviewed = e.reviewedCriteria == null ? Map.of()
                : e.reviewedCriteria.stream().collect(Collectors.toMap(CriterionResult::criterionId, c -> c, (a, b) -> a));
        return e.criteria.stream().map(c -> new PersonExport.Verdict(c.criterionId(), verdict(c),
                c.points(), c.evidence() == null ? List.of() : c.evidence(),
                Optional.ofNullable(reviewed.get(c.criterionId())).map(PersonExports::verdict).orElse(null))).toList();
    }

    private static String verdict(CriterionResult c) {
        return c.verdict() == null ? null : c.verdict().name().toLowerCase(Locale.ROOT);
    }

    private static PersonExport.Review review(ReviewEntry r) {
        return new PersonExport.Review(r.action.name().toLowerCase(Locale.ROOT), r.criterionId,
                r.beforeVerdict == null ? null : r.beforeVerdict.name().toLowerCase(Locale.ROOT),
                r.afterVerdict == null ? null : r.afterVerdict.name().toLowerCase(Locale.ROOT), r.reason, r.reviewer,
                r.createdAt);
    }

    private List<PersonExport.Candidacy> candidacies(String ref) {
        List<ScreeningCandidate> mine = em.createQuery("from ScreeningCandidate where candidateRef = :ref order by createdAt",
                ScreeningCandidate.class).setParameter("ref", ref).getResultList();
        return mine.stream().map(c -> {
            Screening s = em.find(Screening.class, c.screeningId);
            Demographic d = em.createQuery("from Demographic where screeningId = :s and candidateRef = :ref", Demographic.class)
                    .setParameter("s", c.screeningId).setParameter("ref", ref).getResultStream().findFirst().orElse(null);
            return new PersonExport.Candidacy(c.screeningId, s == null ? null : s.name, c.decision, c.decisionReason,
                    c.decidedBy, c.decidedAt, d == null ? null : d.category);
        }).toList();
    }

    private List<PersonExport.InvitationLink> invitations(String ref) {
        return em.createQuery("from Invitation where candidateRef = :ref order by createdAt", Invitation.class)
                .setParameter("ref", ref).getResultList().stream()
                .map(i -> new PersonExport.InvitationLink(i.screeningId, i.createdAt, i.expiresAt, i.spentAt,
                        i.drafts == null ? 0 : i.drafts.size()))
                .toList();
    }

    private List<PersonExport.InterviewRecord> interviewsOf(String ref) {
        List<Interview> mine = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from Interview where learnerRef = :ref order by createdAt", Interview.class).setParameter("ref", ref)
                .getResultList());
        return mine.stream().map(i -> {
            List<PersonExport.Asked> asked = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "from InterviewQuestion where interviewId = :i order by position", InterviewQuestion.class)
                    .setParameter("i", i.id).getResultList().stream().map(PersonExports::asked).toList());
            dev.viva.interview.InterviewReport report = i.inProgress() ? null : interviews.report(STAFF, i.id);
            return new PersonExport.InterviewRecord(i.id, i.ownerRef, i.topic, i.status.name().toLowerCase(Locale.ROOT),
                    i.createdAt, i.finishedAt, asked, report);
        }).toList();
    }

    private static PersonExport.Asked asked(InterviewQuestion q) {
        FollowUp f = q.followUp;
        return new PersonExport.Asked(q.position, q.questionId, q.evaluationId, q.answeredAt, q.late,
                f == null ? null : new PersonExport.FollowUpRecord(f.criterionId(), f.text(), f.answer(),
                        f.verdict() == null ? null : f.verdict().name().toLowerCase(Locale.ROOT),
                        f.evidence() == null ? List.of() : f.evidence()));
    }

    private PersonExport.Account account(String ref) {
        return em.createQuery("from User where username = :ref and role = 'learner'", User.class).setParameter("ref", ref)
                .getResultStream().findFirst().map(u -> new PersonExport.Account(u.username, u.createdAt)).orElse(null);
    }
}
