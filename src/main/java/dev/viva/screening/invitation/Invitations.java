package dev.viva.screening.invitation;

import dev.viva.grading.GradingConfig;
import dev.viva.question.QuestionRepository;
import dev.viva.question.Viewer;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningAnswer;
import dev.viva.screening.ScreeningConfig;
import dev.viva.screening.ScreeningRepository;
import dev.viva.screening.Screenings;
import dev.viva.screening.intake.SubmissionIntake;
import dev.viva.screening.intake.SubmittedAnswer;
import dev.viva.support.DomainException;
import dev.viva.support.Hashes;
import dev.viva.support.LineError;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Invitation links: a random token (256 bits, only its SHA-256 stored) that lets one candidate
 * answer the screening's questions, save drafts and submit once. After the submission the token is
 * spent; it also expires. A spent, expired or unknown token reaches nothing.
 */
@ApplicationScoped
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Screenings screenings;
    private final ScreeningRepository screeningRows;
    private final InvitationRepository invitations;
    private final QuestionRepository questions;
    private final SubmissionIntake intake;
    private final ScreeningConfig config;
    private final GradingConfig grading;

    public Invitations(Screenings screenings, ScreeningRepository screeningRows, InvitationRepository invitations,
            QuestionRepository questions, SubmissionIntake intake, ScreeningConfig config, GradingConfig grading) {
        this.screenings = screenings;
        this.screeningRows = screeningRows;
        this.invitations = invitations;
        this.questions = questions;
        this.intake = intake;
        this.config = config;
        this.grading = grading;
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InvitationLink")
    public record Created(String url, OffsetDateTime expiresAt) {
    }

    public Created invite(UUID screeningId, String candidateRef, Viewer caller) {
        Screening screening = screenings.require(screeningId, caller);
        List<LineError> errors = new ArrayList<>();
        List<SubmittedAnswer> checked = intake.checked(screening,
                List.of(new SubmittedAnswer(1, candidateRef, screening.questionIds.getFirst(), "placeholder")), errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors.getFirst().message());
        }
        String ref = checked.getFirst().candidateRef();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return QuarkusTransaction.requiringNew().call(() -> {
            Screening locked = screenings.lock(screeningId);
            Screenings.requireOpen(locked);
            intake.registerCandidate(locked, ref);
            Invitation i = new Invitation();
            i.tokenHash = Hashes.sha256(token);
            i.screeningId = screeningId;
            i.candidateRef = ref;
            i.createdAt = OffsetDateTime.now();
            i.expiresAt = i.createdAt.plus(config.invitationTtl());
            invitations.persist(i);
            return new Created(config.publicUrl().replaceAll("/+$", "") + "/take/" + token, i.expiresAt);
        });
    }

    /** The candidate's view of a live invitation. */
    public CandidateSession open(String token) {
        return QuarkusTransaction.requiringNew().call(() -> session(live(token, false)));
    }

    /** Saves the candidate's draft of one question (1-based); the text is kept as typed. */
    public CandidateSession saveDraft(String token, int number, String text) {
        String draft = text == null ? "" : text;
        if (draft.length() > grading.maxAnswerChars()) {
            throw DomainException.invalidInput("An answer may be at most " + grading.maxAnswerChars() + " characters.");
        }
        String problem = dev.viva.http.CheckedText.problemWith(draft);
        if (problem != null) {
            throw DomainException.invalidInput(problem);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Invitation i = live(token, true);
            Screening s = screeningRows.findById(i.screeningId);
            if (number < 1 || number > s.questionIds.size()) {
                throw DomainException.notFound("Question", Integer.toString(number));
            }
            var drafts = new java.util.HashMap<>(i.drafts);
            drafts.put(s.questionIds.get(number - 1), draft);
            i.drafts = drafts;
            return session(i);
        });
    }

    /** Submits every answer once: stored as the screening's evaluations, graded in the background; the token is spent. */
    public void submit(String token) {
        List<ScreeningAnswer> toGrade = QuarkusTransaction.requiringNew().call(() -> {
            Invitation i = live(token, true);
            CandidateSession session = session(i);
            if (!session.allAnswered()) {
                throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Answers missing",
                        "Every question needs an answer before you submit.");
            }
            Screening s = screenings.lock(i.screeningId);
            List<SubmittedAnswer> rows = session.questions().stream()
                    .map(q -> new SubmittedAnswer(q.number(), i.candidateRef, q.questionId(), q.draft())).toList();
            i.spentAt = OffsetDateTime.now();
            i.drafts = new java.util.HashMap<>();
            return intake.storeLocked(s, rows);
        });
        intake.handOver(toGrade);
    }

    private Invitation live(String token, boolean forUpdate) {
        if (token == null || token.length() > 100) {
            throw DomainException.notFound("Invitation", "(token)");
        }
        String hash = Hashes.sha256(token);
        Invitation i = forUpdate ? invitations.findById(hash, LockModeType.PESSIMISTIC_WRITE) : invitations.findById(hash);
        if (i == null) {
            throw DomainException.notFound("Invitation", "(token)");
        }
        if (i.spentAt != null) {
            throw new DomainException(DomainException.Kind.GONE, "Already submitted",
                    "These answers were submitted on " + i.spentAt.toLocalDate() + "; the link cannot be used again.");
        }
        if (i.expiresAt.isBefore(OffsetDateTime.now())) {
            throw new DomainException(DomainException.Kind.GONE, "Invitation expired",
                    "This link expired on " + i.expiresAt.toLocalDate() + ". Ask the hiring team for a new one.");
        }
        return i;
    }

    private CandidateSession session(Invitation i) {
        Screening s = screeningRows.findById(i.screeningId);
        List<CandidateSession.Question> list = new ArrayList<>();
        for (int n = 0; n < s.questionIds.size(); n++) {
            String id = s.questionIds.get(n);
            String text = questions.findByIdOptional(id).map(q -> q.text).orElse(id);
            list.add(new CandidateSession.Question(n + 1, id, text, i.drafts.get(id)));
        }
        return new CandidateSession(s.name, list, i.expiresAt, grading.maxAnswerChars());
    }
}
