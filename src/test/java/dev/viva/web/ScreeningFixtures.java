package dev.viva.web;

import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.grading.GraderKind;
import dev.viva.question.Viewer;
import dev.viva.screening.NewScreening;
import dev.viva.screening.ScreeningRepository;
import dev.viva.screening.ScreeningView;
import dev.viva.screening.Screenings;
import dev.viva.screening.intake.SubmissionFile;
import dev.viva.screening.intake.SubmissionIntake;
import dev.viva.screening.invitation.InvitationRepository;
import dev.viva.screening.invitation.Invitations;
import dev.viva.support.Caches;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jobrunr.configuration.JobRunr;
import org.jobrunr.server.BackgroundJobServer;

/** Test helper: screenings made through the services as an admin, their answers graded offline, and clean-up. */
@ApplicationScoped
public class ScreeningFixtures {

    static final Viewer ADMIN = new Viewer("admin", true);
    static final List<String> QUESTIONS = List.of("what-event-loop", "event-loop-action");

    private final Screenings screenings;
    private final ScreeningRepository screeningRows;
    private final Invitations invitations;
    private final InvitationRepository invitationRows;
    private final SubmissionIntake intake;
    private final EvaluationRepository evaluations;

    public ScreeningFixtures(Screenings screenings, ScreeningRepository screeningRows, Invitations invitations,
            InvitationRepository invitationRows, SubmissionIntake intake, EvaluationRepository evaluations) {
        this.screenings = screenings;
        this.screeningRows = screeningRows;
        this.invitations = invitations;
        this.invitationRows = invitationRows;
        this.intake = intake;
        this.evaluations = evaluations;
    }

    /** A blind screening of the two event-loop questions, graded offline. */
    public UUID screening(String name) {
        return screenings.create(new NewScreening(name, QUESTIONS, GraderKind.OFFLINE, true, null, null), ADMIN).id();
    }

    /** The invitation's token (the link's last segment). */
    public String invite(UUID screeningId, String candidateRef) {
        String url = invitations.invite(screeningId, candidateRef, ADMIN).url();
        return url.substring(url.lastIndexOf("/take/") + "/take/".length());
    }

    public void upload(UUID screeningId, String csv) {
        intake.acceptFile(screeningId, SubmissionFile.csv(csv), ADMIN);
    }

    /** Runs the step while the job engine claims no job, so that the answers it uploads stay queued. */
    public void withGradingPaused(Runnable step) {
        BackgroundJobServer server = JobRunr.getBackgroundJobServer();
        server.pauseProcessing();
        try {
            step.run();
        } finally {
            server.resumeProcessing();
        }
    }

    /** Waits until every answer of the screening is graded (or needs review). */
    public ScreeningView graded(UUID screeningId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            ScreeningView view = screenings.get(screeningId, ADMIN);
            if (view.progress().done()) {
                return view;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not graded in 90 s: " + view.progress());
            }
            Thread.sleep(250);
        }
    }

    public void expire(String token) {
        QuarkusTransaction.requiringNew().run(() -> invitationRows.update("expiresAt = ?1 where tokenHash = ?2",
                OffsetDateTime.now().minusMinutes(1), dev.viva.support.Hashes.sha256(token)));
    }

    public List<Evaluation> evaluationsOf(UUID screeningId) {
        return QuarkusTransaction.requiringNew().call(() ->
                evaluations.list("screeningId = ?1 order by questionId", screeningId));
    }

    /** Removes every evaluation and screening (candidates, invitations and audit go with their screening). */
    public void removeAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
            screeningRows.deleteAll();
        });
        Caches.emptyAll();
    }
}
