package dev.viva.review;

import dev.viva.problem.ProblemException;
import dev.viva.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reviewers override verdicts (with reasons) or accept a result; every decision is in the audit trail. */
@Path("/api/evaluations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "Per-criterion overrides and the audit trail")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class ReviewResource {

    private final ReviewService reviews;
    private final SecurityIdentity identity;

    public ReviewResource(ReviewService reviews, SecurityIdentity identity) {
        this.reviews = reviews;
        this.identity = identity;
    }

    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review an evaluation", description = "Per-criterion overrides {criterionId, verdict, reason} "
            + "and a comment. The reviewed score is recomputed from the machine verdicts with the overrides applied; "
            + "the machine result is kept. No changed verdict accepts the result as it stands.")
    @APIResponse(responseCode = "200", description = "The reviewed result and the audit entries appended")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    @APIResponse(responseCode = "409", description = "Not graded yet")
    @APIResponse(responseCode = "422", description = "Unknown criterion, repeated criterion, or a change without a reason")
    public ReviewService.ReviewOutcome review(@PathParam("id") String id, @Valid @NotNull ReviewRequest request) {
        return reviews.review(ProblemException.uuidOrNotFound("Evaluation", id), request,
                identity.getPrincipal().getName());
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The audit trail", description = "Every review decision, oldest first: who, when, before, after, reason.")
    public List<AuditEntry> audit(@PathParam("id") String id) {
        return reviews.audit(ProblemException.uuidOrNotFound("Evaluation", id));
    }

}
