package dev.viva.web;

import dev.viva.evaluation.EvaluationQueries;
import dev.viva.grading.Verdict;
import dev.viva.problem.ProblemException;
import dev.viva.review.CriterionOverride;
import dev.viva.review.ReviewRequest;
import dev.viva.review.ReviewService;
import dev.viva.security.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The evaluation page: the answer with evidence highlighted, verdicts, provenance, overrides, the audit trail. */
@Path("/ui/evaluations/{id}")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class EvaluationPages {

    private final Template page;
    private final EvaluationQueries evaluations;
    private final EvaluationPageModel model;
    private final ReviewService reviews;
    private final SecurityIdentity identity;

    public EvaluationPages(@Location("evaluation.html") Template page, EvaluationQueries evaluations,
            EvaluationPageModel model, ReviewService reviews, SecurityIdentity identity) {
        this.page = page;
        this.evaluations = evaluations;
        this.model = model;
        this.reviews = reviews;
        this.identity = identity;
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id, @QueryParam("error") String error,
            @CookieParam(CsrfToken.COOKIE) String csrf) {
        var evaluation = evaluations.find(ProblemException.uuidOrNotFound("Evaluation", id))
                .orElseThrow(() -> ProblemException.notFound("Evaluation", id));
        return Html.page(page.data("e", model.of(evaluation)).data("error", error)
                .data("verdicts", List.of("met", "partial", "not_met")), CsrfToken.of(csrf),
                identity.getPrincipal().getName());
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response review(@PathParam("id") String id, @FormParam(CsrfToken.FIELD) String csrfField,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie, @FormParam("criterionId") String criterionId,
            @FormParam("verdict") String verdict, @FormParam("reason") String reason,
            @FormParam("comment") String comment) {
        CsrfToken.verify(csrfCookie, csrfField);
        UUID uuid = ProblemException.uuidOrNotFound("Evaluation", id);
        try {
            List<CriterionOverride> overrides = criterionId == null || criterionId.isBlank() ? List.of()
                    : List.of(new CriterionOverride(criterionId, verdict(verdict), reason));
            reviews.review(uuid, new ReviewRequest(overrides, comment), identity.getPrincipal().getName());
            return Html.redirect("/ui/evaluations/" + uuid);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Html.redirect("/ui/evaluations/" + uuid + "?error=" + Html.encode(e.getMessage()));
        }
    }

    private static Verdict verdict(String value) {
        try {
            return Verdict.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("verdict must be met, partial or not_met.");
        }
    }

}
