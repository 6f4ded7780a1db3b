package dev.viva.web;

import dev.viva.evaluation.EvaluationQueries;
import dev.viva.problem.ProblemException;
import dev.viva.question.Viewer;
import dev.viva.screening.ScreeningView;
import dev.viva.screening.Screenings;
import dev.viva.screening.decision.Decision;
import dev.viva.screening.decision.Decisions;
import dev.viva.screening.ranking.Ranking;
import dev.viva.screening.ranking.Rankings;
import dev.viva.security.Roles;
import dev.viva.support.DomainException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One candidate of a screening: every answer beside its criterion verdicts, and the decision. The
 * candidate is named as the ranking names them (the alias while blind); a decision reveals the reference.
 */
@Path("/ui/screenings/{id}/candidates/{name}")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class ScreeningCandidatePage {

    private static final int MAX_REASON = 2000;

    private final Template page;
    private final Screenings screenings;
    private final Rankings rankings;
    private final Decisions decisions;
    private final EvaluationQueries evaluations;
    private final EvaluationPageModel model;
    private final SecurityIdentity identity;

    public ScreeningCandidatePage(@Location("screening-candidate.html") Template page, Screenings screenings,
            Rankings rankings, Decisions decisions, EvaluationQueries evaluations, EvaluationPageModel model,
            SecurityIdentity identity) {
        this.page = page;
        this.screenings = screenings;
        this.rankings = rankings;
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.model = model;
        this.identity = identity;
    }

    /** One question of the screening: the candidate's evaluation of it, or nothing yet. */
    @TemplateData
    public record Answer(int number, String questionId, String status, EvaluationPageModel.View evaluation) {
    }

    @TemplateData
    public record DecisionLine(String at, String actor, String decision, String reason) {
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id, @PathParam("name") String name, @QueryParam("error") String error,
            @CookieParam(CsrfToken.COOKIE) String csrf) {
        UUID screeningId = ProblemException.uuidOrNotFound("Screening", id);
        ScreeningView s = screenings.get(screeningId, viewer());
        Ranking.Item item = rankings.of(screeningId, viewer()).items().stream()
                .filter(i -> i.candidateRef().equals(name) || i.alias().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.notFound("Candidate", name));
        List<Answer> answers = new ArrayList<>();
        for (int n = 0; n < item.questions().size(); n++) {
            Ranking.QuestionScore q = item.questions().get(n);
            EvaluationPageModel.View view = q.evaluationId() == null ? null
                    : evaluations.find(q.evaluationId()).map(model::of).orElse(null);
            answers.add(new Answer(n + 1, q.questionId(), q.status(), view));
        }
        List<DecisionLine> history = decisions.audit(screeningId, viewer()).stream()
                .filter(a -> item.candidateRef().equals(a.candidateRef()) && a.decision() != null)
                .map(a -> new DecisionLine(EvaluationPageModel.when(a.at()), a.actor(), a.decision(), a.reason()))
                .toList();
        String self = "/ui/screenings/" + screeningId + "/candidates/" + Html.segment(item.candidateRef());
        return Html.page(page.data("screening", s).data("c", item).data("answers", answers).data("history", history)
                .data("action", self + "/decision").data("error", error)
                .data("score", score(item)), CsrfToken.of(csrf), user());
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(@PathParam("id") String id, @PathParam("name") String name,
            @FormParam(CsrfToken.FIELD) String csrfField, @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @FormParam("decision") String decision, @FormParam("reason") String reason) {
        CsrfToken.verify(csrfCookie, csrfField);
        UUID screeningId = ProblemException.uuidOrNotFound("Screening", id);
        String self = "/ui/screenings/" + screeningId + "/candidates/";
        if (reason != null && reason.length() > MAX_REASON) {
            return Html.redirect(self + Html.segment(name) + "?error="
                    + Html.encode("The reason may be at most " + MAX_REASON + " characters."));
        }
        try {
            Decisions.Decided decided = decisions.decide(screeningId, name,
                    new Decision(decision == null ? "" : decision, reason), viewer());
            // the decision reveals the reference: the page is now the candidate's under it
            return Html.redirect(self + Html.segment(decided.candidateRef()));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Html.redirect(self + Html.segment(name) + "?error=" + Html.encode(e.getMessage()));
        }
    }

    /** The mean score, or the mean so far while an answer is not graded; null before any grade. */
    private static String score(Ranking.Item item) {
        var score = item.complete() ? item.score() : item.partialScore();
        return score == null ? null : EvaluationPageModel.text(score);
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
