package dev.viva.question.draft;

import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.problem.Problem;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@Path("/api/questions/{id}/model-answer/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model answer drafts", description = "LLM-drafted model answers, used only once a person approves one")
@RunOnVirtualThread
public class ModelAnswerDraftResource {

    private final ModelAnswerDrafts drafts;

    public ModelAnswerDraftResource(ModelAnswerDrafts drafts) {
        this.drafts = drafts;
    }

    @POST
    @Operation(summary = "Draft a model answer with the LLM",
            description = "For a question without a model answer. Stored as a draft; never graded against until approved.")
    @APIResponse(responseCode = "201", description = "The stored draft")
    @APIResponse(responseCode = "409", description = "The question already has a model answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No LLM is configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The model's reply was unusable twice; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("id") String id, @Context UriInfo uri) {
        ModelAnswerDraftView view = ModelAnswerDraftView.of(drafts.create(id));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view)
                .build();
    }

    @GET
    @Operation(summary = "A question's model answer drafts", description = "Oldest first.")
    public List<ModelAnswerDraftView> list(@PathParam("id") String id) {
        return drafts.list(id).stream().map(ModelAnswerDraftView::of).toList();
    }

    @POST
    @Path("/{draftId}/approve")
    @Operation(summary = "Approve a draft", description = "It becomes the question's model answer "
            + "(origin reviewer_approved); who approved it and when are recorded.")
    public ModelAnswerDraftView approve(@PathParam("id") String id, @PathParam("draftId") long draftId,
            @Parameter(description = "Who approves (until the API authenticates its users)") @QueryParam("reviewer")
            @Size(max = 200) String reviewer) {
        return ModelAnswerDraftView.of(drafts.approve(id, draftId, reviewer));
    }
}
