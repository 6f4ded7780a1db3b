package dev.viva.rubric.rest;

import dev.viva.rubric.writer.DraftSource;
import dev.viva.rubric.writer.RubricDrafter;

import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.problem.Problem;
import dev.viva.rubric.RubricVersion;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@Path("/api/questions/{id}/rubric/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubric versions")
@RunOnVirtualThread
public class RubricDraftResource {

    private final RubricDrafter drafter;

    public RubricDraftResource(RubricDrafter drafter) {
        this.drafter = drafter;
    }

    @POST
    @Operation(summary = "Draft a rubric from the question's model answer",
            description = "With an LLM (builder=auto where one is configured, or llm): atomic required, bonus and "
                    + "penalty criteria plus an audit of the model answer. Without: one required criterion per "
                    + "claim of the model answer. Validated like a rubric file and stored as a draft version.")
    @APIResponse(responseCode = "201", description = "The stored draft version")
    @APIResponse(responseCode = "422", description = "No model answer, or builder=llm without an LLM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The model's rubric was invalid twice; its problems are "
            + "listed and nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The model server is unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(@PathParam("id") String id,
            @Parameter(description = "auto, llm or offline") @QueryParam("builder") @DefaultValue("auto")
            DraftSource builder, @Context UriInfo uri) {
        RubricVersion version = drafter.draft(id, builder);
        return Response.created(uri.getBaseUriBuilder().path("api/questions/{id}/rubric/versions/{v}")
                .build(version.questionId, version.version)).entity(RubricVersionDetail.of(version)).build();
    }
}
