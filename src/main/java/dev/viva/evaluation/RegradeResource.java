package dev.viva.evaluation;

import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.problem.Problem;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@Path("/api/questions/{id}/regrade")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
@RunOnVirtualThread
public class RegradeResource {

    private final RegradeService regrades;

    public RegradeResource(RegradeService regrades) {
        this.regrades = regrades;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grade stored answers again with the active rubric",
            description = "The given evaluations, or every evaluation of the question that has not been regraded "
                    + "yet (at most " + RegradeService.MAX_PER_REQUEST + "). Each graded one gets a new evaluation "
                    + "linked by previousId; the result lists old and new score and the criteria whose verdict changed.")
    @APIResponse(responseCode = "200", description = "One result per evaluation")
    @APIResponse(responseCode = "409", description = "The question has no active rubric",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Evaluations of another question, unknown, or too many",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegradeResult.Batch regrade(@PathParam("id") String id,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false,
                    description = "Which evaluations; without a body, every one of the question not regraded yet")
            @Valid RegradeRequest request) {
        return regrades.regrade(id, request == null ? null : request.evaluationIds());
    }
}
