package dev.viva.rubric.rest;

import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.rubric.model.Rubric;

import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.problem.Problem;
import dev.viva.problem.ProblemException;
import dev.viva.question.QuestionRepository;
import dev.viva.question.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import dev.viva.rubric.version.CriterionPatch;
import dev.viva.rubric.version.RubricEditor;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CLIENT})
@Path("/api/questions/{id}/rubric")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics", description = "The criteria answers are graded against")
public class RubricResource {

    static final String ANSWER_KEY_REFUSED = "A client key on a question of Viva's bank: its answer key (rubrics,"
            + " model answers) is not shown";


    private static final String EXAMPLE = """
            {"questionId": "event-loop-action", "version": 1, "status": "approved",
             "contentHash": "3f9a0c0d5e7b2a41c8d6e1f09b7a5c3d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a0b", "origin": "file",
             "criteria": [{"id": "sync-code-first", "kind": "required", "weight": 2.0,
               "description": "States that the synchronous logs \\"Start\\" and \\"End\\" are printed before any callback.",
               "examples": ["Start and End come first because synchronous code runs before the event loop picks up callbacks."],
               "hint": "Think about what runs before the event loop takes its first turn."}]}
            """;

    private final QuestionRepository questions;
    private final RubricVersionRepository versions;
    private final RubricEditor editor;
    private final SecurityIdentity identity;

    public RubricResource(QuestionRepository questions, RubricVersionRepository versions, RubricEditor editor,
            SecurityIdentity identity) {
        this.questions = questions;
        this.versions = versions;
        this.editor = editor;
        this.identity = identity;
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit the rubric: store a new draft version",
            description = "The full rubric (questionId optional; version and status are ignored). It is validated "
                    + "like a rubric file and stored as the next version, a draft until approved.")
    @APIResponse(responseCode = "201", description = "The new draft version")
    @APIResponse(responseCode = "422", description = "Invalid rubric: every problem is listed in 'problems'; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") String id, @NotNull Rubric rubric, @Context UriInfo uri) {
        return created(editor.replace(id, rubric, null), uri);
    }

    @PATCH
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Path("/criteria/{criterionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit one criterion: store a new draft version",
            description = "Fields given replace the criterion's in version 'from' (default: the active version); "
                    + "an id the rubric does not have adds a criterion (kind, weight and description needed).")
    @APIResponse(responseCode = "201", description = "The new draft version")
    @APIResponse(responseCode = "422", description = "The result would be an invalid rubric; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") String id, @PathParam("criterionId") String criterionId,
            @QueryParam("from") Integer from, @NotNull CriterionPatch patch, @Context UriInfo uri) {
        return created(editor.patch(id, criterionId, patch, from, null), uri);
    }

    private static Response created(RubricVersion version, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/questions/{id}/rubric/versions/{v}")
                .build(version.questionId, version.version)).entity(RubricVersionDetail.of(version)).build();
    }

    @GET
    @Operation(summary = "The question's active rubric",
            description = "The approved rubric version grading uses now, with its content hash, which stored results cite.")
    @APIResponse(responseCode = "200", description = "The active rubric",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RubricView.class),
                    examples = @ExampleObject(name = "event-loop-action", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Unknown question (or another client's), or no active rubric for it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ANSWER_KEY_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RubricView activeRubric(@Parameter(description = "Question id", example = "event-loop-action")
            @PathParam("id") String id) {
        requireAnswerKeyReadable(questions, id, Viewer.of(identity));
        RubricVersion active = versions.findActive(id).orElseThrow(() -> new ProblemException(404,
                "Rubric not found", "Question '" + id + "' has no active rubric."));
        return RubricView.of(active);
    }

    /**
     * Who may read a question's rubric: a question the viewer cannot see does not exist (404); one it sees but whose
     * answer key is not its own (a client key on Viva's bank) is refused (403), so the key never reaches a learner.
     */
    static void requireAnswerKeyReadable(QuestionRepository questions, String id, Viewer viewer) {
        dev.viva.question.Question q = questions.findVisible(id, viewer)
                .orElseThrow(() -> ProblemException.notFound("Question", id));
        if (!viewer.seesAnswerKeyOf(q.ownerRef)) {
            throw new ProblemException(403, "Answer key not shown", "The rubric of '" + id + "' is part of Viva's"
                    + " answer key, which client keys do not read; the rubrics of your own questions are shown.");
        }
    }
}
