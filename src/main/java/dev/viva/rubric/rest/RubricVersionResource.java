package dev.viva.rubric.rest;

import dev.viva.rubric.version.RubricDiff;
import dev.viva.rubric.version.RubricEditor;

import io.quarkus.security.identity.SecurityIdentity;
import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.problem.Problem;
import dev.viva.rubric.RubricFiles;
import dev.viva.rubric.RubricVersion;
import dev.viva.problem.ProblemException;
import dev.viva.question.QuestionRepository;
import dev.viva.question.Viewer;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CLIENT})
@Path("/api/questions/{id}/rubric/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubric versions", description = "Immutable rubric versions, their approval and what changed")
public class RubricVersionResource {

    public static final String YAML = "application/yaml";

    private final RubricEditor editor;
    private final SecurityIdentity identity;
    private final QuestionRepository questions;

    public RubricVersionResource(RubricEditor editor, SecurityIdentity identity, QuestionRepository questions) {
        this.editor = editor;
        this.identity = identity;
        this.questions = questions;
    }

    /** Another client's question does not exist for a client, nor do its rubric versions. */
    private String visible(String id) {
        RubricResource.requireAnswerKeyReadable(questions, id, Viewer.of(identity));
        return id;
    }

    @GET
    @Operation(summary = "A question's rubric versions", description = "Oldest first; one at most is active.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first")
    @APIResponse(responseCode = "404", description = "Unknown question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = RubricResource.ANSWER_KEY_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RubricVersionSummary> list(@PathParam("id") String id) {
        return editor.list(visible(id)).stream().map(RubricVersionSummary::of).toList();
    }

    @GET
    @Path("/{v}")
    @Operation(summary = "One rubric version", description = "With Accept: application/yaml, the rubric file.")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "Unknown question or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = RubricResource.ANSWER_KEY_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RubricVersionDetail get(@PathParam("id") String id, @PathParam("v") int v) {
        return RubricVersionDetail.of(editor.get(visible(id), v));
    }

    @GET
    @Path("/{v}")
    @Produces(YAML)
    @Operation(hidden = true)
    @APIResponse(responseCode = "403", description = RubricResource.ANSWER_KEY_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String getAsYaml(@PathParam("id") String id, @PathParam("v") int v) {
        return export(id, v);
    }

    @GET
    @Path("/{v}/export")
    @Produces(YAML)
    @Operation(summary = "A rubric version as a rubric file",
            description = "Exactly the format of the files under rubrics/, to commit as rubrics/<bank>/<id>.yaml.")
    @APIResponse(responseCode = "200", description = "The rubric file")
    @APIResponse(responseCode = "403", description = RubricResource.ANSWER_KEY_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String export(@PathParam("id") String id, @PathParam("v") int v) {
        RubricVersion version = editor.get(visible(id), v);
        return RubricFiles.toYaml(new dev.viva.rubric.model.Rubric(version.questionId, version.version, version.status,
                version.content.criteria(), version.content.notes()));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Path("/{v}/approve")
    @Operation(summary = "Approve a version", description = "It becomes the active version: grading uses it from now on.")
    @APIResponse(responseCode = "200", description = "The approved, active version")
    @APIResponse(responseCode = "404", description = "Unknown question or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RubricVersionDetail approve(@PathParam("id") String id, @PathParam("v") int v,
            @Parameter(description = "Who approves; by default the signed-in user") @QueryParam("reviewer")
            @Size(max = 200) String reviewer) {
        return RubricVersionDetail.of(editor.approve(id, v, reviewer != null ? reviewer : identity.getPrincipal().getName()));
    }

    @GET
    @Path("/{a}/diff/{b}")
    @Operation(summary = "What changed between two versions", description = "Criterion by criterion, matched by id.")
    @APIResponse(responseCode = "200", description = "The changes, criterion by criterion")
    @APIResponse(responseCode = "403", description = RubricResource.ANSWER_KEY_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RubricDiff diff(@PathParam("id") String id, @PathParam("a") int a, @PathParam("b") int b) {
        return editor.diff(visible(id), a, b);
    }
}
