package dev.viva.screening.rest;

import dev.viva.question.Viewer;
import dev.viva.screening.ScreeningView;
import dev.viva.screening.Screenings;
import dev.viva.screening.decision.Decision;
import dev.viva.screening.decision.Decisions;
import dev.viva.screening.export.RankingExport;
import dev.viva.screening.ranking.Ranking;
import dev.viva.screening.ranking.Rankings;
import dev.viva.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A screening's ranking, reviewers' decisions and their audit trail, the export, and unblinding. */
@Path("/api/screenings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screenings")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class ScreeningReviewResource {

    private final Rankings rankings;
    private final Decisions decisions;
    private final RankingExport export;
    private final Screenings screenings;
    private final SecurityIdentity identity;

    public ScreeningReviewResource(Rankings rankings, Decisions decisions, RankingExport export, Screenings screenings,
            SecurityIdentity identity) {
        this.rankings = rankings;
        this.decisions = decisions;
        this.export = export;
        this.screenings = screenings;
        this.identity = identity;
    }

    @GET
    @Path("/ranking")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CLIENT})
    @Operation(operationId = "getScreeningRanking", summary = "Candidates, best first",
            description = "score is the mean of the question scores (the reviewed score where a reviewer changed one)."
                    + " Ties share a rank. A candidate with an answer not graded yet is complete: false, has no rank and"
                    + " is listed after the ranked ones. On a blind screening candidateRef is the alias (\"Candidate 17\")"
                    + " until a decision is recorded or an admin unblinds it.")
    public Ranking ranking(@PathParam("id") String id) {
        return rankings.of(ScreeningResource.uuid(id), Viewer.of(identity));
    }

    @POST
    @Path("/candidates/{candidateRef}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideOnCandidate", summary = "Record a decision on a candidate",
            description = "advance, reject or hold, with a reason; written to the audit trail. Name the candidate by"
                    + " reference or, while it is hidden, by the alias the ranking shows.")
    public Decisions.Decided decide(@PathParam("id") String id, @PathParam("candidateRef") String candidateRef,
            @Valid @NotNull Decision decision) {
        return decisions.decide(ScreeningResource.uuid(id), candidateRef, decision, Viewer.of(identity));
    }

    @GET
    @Path("/audit")
    @Operation(operationId = "getScreeningAudit", summary = "The screening's audit trail",
            description = "Decisions, unblinding and demographics uploads, oldest first.")
    public List<Decisions.AuditLine> audit(@PathParam("id") String id) {
        return decisions.audit(ScreeningResource.uuid(id), Viewer.of(identity));
    }

    @GET
    @Path("/export")
    @Produces(ScreeningResource.CSV)
    @Operation(operationId = "exportScreening", summary = "The result as CSV",
            description = "One row per candidate in rank order: rank, candidateRef, score, each question's score,"
                    + " complete, decision, reviewer. detail=criteria: one row per criterion verdict instead. Cells a"
                    + " spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading '.")
    public Response export(@PathParam("id") String id,
            @QueryParam("detail") @DefaultValue("candidates") @Pattern(regexp = "candidates|criteria") String detail) {
        var screening = ScreeningResource.uuid(id);
        String csv = detail.equals("criteria") ? export.criteria(screening, Viewer.of(identity))
                : export.candidates(screening, Viewer.of(identity));
        return Response.ok(csv, ScreeningResource.CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"screening-" + screening + ".csv\"").build();
    }

    @POST
    @Path("/unblind")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "unblindScreening", summary = "Show reviewers the candidates' references",
            description = "For the whole screening, from now on; written to the audit trail.")
    public ScreeningView unblind(@PathParam("id") String id) {
        var screening = ScreeningResource.uuid(id);
        screenings.require(screening, Viewer.of(identity));
        return screenings.unblind(screening, identity.getPrincipal().getName());
    }
}
