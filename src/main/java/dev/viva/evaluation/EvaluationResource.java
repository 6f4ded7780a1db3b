package dev.viva.evaluation;

import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.problem.ProblemException;
import dev.viva.ratelimit.CountedAsGradingInFlight;
import dev.viva.question.Viewer;
import dev.viva.support.Page;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Submit answers for grading and read the results. Runs on virtual threads: a request waiting on an
 * LLM blocks only its own cheap thread, so hundreds of gradings can be in flight at once.
 */
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CLIENT})
@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Grade answers and read the stored results")
@RunOnVirtualThread
public class EvaluationResource {

    private final EvaluationService service;
    private final EvaluationQueries queries;
    private final LearnerFeedbackViews feedback;
    private final SecurityIdentity identity;

    public EvaluationResource(EvaluationService service, EvaluationQueries queries, LearnerFeedbackViews feedback,
            SecurityIdentity identity) {
        this.service = service;
        this.queries = queries;
        this.feedback = feedback;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "gradeAnswer", summary = "Grade an answer", description = "Stores the answer, grades it "
            + "against the question's active rubric and answers with the stored evaluation. A grading that fails is "
            + "stored as ungraded and retried in the background. An identical earlier grading is reused (cached) "
            + "unless force=true. With view=feedback the answer is the learner-safe feedback instead of the "
            + "reviewer's view. With Prefer: respond-async (or async=true) the answer is stored and 202 comes back "
            + "at once with a Location; the grading runs on the job engine and, with a callbackUrl, its feedback "
            + "is POSTed there as a signed Standard Webhooks message (type evaluation.completed).")
    @APIResponse(responseCode = "201", description = "Stored (graded, needs_review or ungraded)")
    @APIResponse(responseCode = "202", description = "Stored; grading runs in the background (asynchronous request)")
    @APIResponse(responseCode = "200", description = "Replay of an earlier request with the same Idempotency-Key")
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json)")
    @APIResponse(responseCode = "404", description = "Unknown question, or another client's (problem+json)")
    @APIResponse(responseCode = "409", description = "The question has no approved rubric yet; the detail names the"
            + " version waiting for a reviewer's approval (problem+json)")
    @APIResponse(responseCode = "410", description = "The question was retired (problem+json)")
    @APIResponse(responseCode = "422", description = "Callback URL not allowed, or grader not available (problem+json)")
    @APIResponse(responseCode = "429", description = "The API key's requestsPerMinute or gradingsInFlight is used up; "
            + "nothing stored (problem+json, Retry-After)")
    @CountedAsGradingInFlight
    public Response submit(@Valid @NotNull EvaluationRequest request,
            @Parameter(description = "Repeat a request safely: the same key returns the same evaluation")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Parameter(description = "respond-async: store the answer and grade it in the background")
            @HeaderParam("Prefer") @Size(max = 200) String prefer,
            @Parameter(description = "The learner's languages, for the feedback (with an LLM)")
            @HeaderParam("Accept-Language") @Size(max = 200) String acceptLanguage,
            @QueryParam("force") @DefaultValue("false") boolean force,
            @Parameter(description = "Same as Prefer: respond-async") @QueryParam("async") @DefaultValue("false") boolean async,
            @Parameter(description = "feedback: answer with the learner-safe view") @QueryParam("view") @Pattern(regexp = "full|feedback") String view,
            UriInfo uri) {
        String caller = identity.getPrincipal().getName();
        boolean background = async || (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async"));
        // Idempotency keys are the caller's own: another caller's equal key never replays its evaluation.
        String scopedKey = idempotencyKey == null ? null : caller + "|" + idempotencyKey;
        EvaluationService.Submitted submitted = service.submit(request, scopedKey, force, Viewer.of(identity), background,
                FeedbackLanguage.of(request.lang(), acceptLanguage));
        Evaluation e = submitted.evaluation();
        Object body = "feedback".equals(view) ? feedback.of(e) : EvaluationView.of(e);
        java.net.URI location = uri.getBaseUriBuilder().path("api/evaluations").path(e.id.toString()).build();
        if (!submitted.created()) {
            return Response.ok(body).build();
        }
        if (background) {
            return Response.accepted(body).location(location).header("Preference-Applied", "respond-async").build();
        }
        return Response.created(location).entity(body).build();
    }

    @GET
    @Path("/{id}/feedback")
    @Operation(operationId = "getEvaluationFeedback", summary = "Learner-safe feedback",
            description = "What a learner may see: score, band, strengths, missing, next step and each point by a "
                    + "title. Never the model answer, criterion descriptions, examples, weights or rationale.")
    @APIResponse(responseCode = "200", description = "The feedback",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = LearnerFeedback.class)))
    @APIResponse(responseCode = "404", description = "No such evaluation, or another caller's (problem+json)")
    public LearnerFeedback feedback(@PathParam("id") String id) {
        UUID uuid = ProblemException.uuidOrNotFound("Evaluation", id);
        String client = Viewer.of(identity).onlyOwn();
        return queries.find(uuid).filter(e -> client == null || client.equals(e.clientRef)).map(feedback::of)
                .orElseThrow(() -> ProblemException.notFound("Evaluation", id));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one evaluation", description = "The reviewer's view: verdicts, evidence, rationale, "
            + "points, flags and provenance. A learner-safe view is GET /api/evaluations/{id}/feedback.")
    public EvaluationView get(@PathParam("id") String id) {
        UUID uuid = ProblemException.uuidOrNotFound("Evaluation", id);
        String client = Viewer.of(identity).onlyOwn();
        return queries.find(uuid).filter(e -> client == null || client.equals(e.clientRef)).map(EvaluationView::of)
                .orElseThrow(() -> ProblemException.notFound("Evaluation", id));
    }

    @GET
    @Operation(summary = "List evaluations", description = "Newest first; filters combine with AND. "
            + "from/to take an ISO date (2026-11-23) or date-time (2026-11-23T10:15:00Z).")
    public Page<EvaluationView> list(@QueryParam("questionId") String questionId,
            @QueryParam("candidateRef") String candidateRef, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("screeningId") String screeningId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        UUID screening = screeningId == null ? null : ProblemException.uuidOrBadRequest("screeningId", screeningId);
        return queries.list(new EvaluationQueries.Filter(questionId, candidateRef, status, from, to, screening),
                Viewer.of(identity).onlyOwn(), page, size);
    }


}
