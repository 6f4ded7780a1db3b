package dev.viva.screening.rest;

import dev.viva.evaluation.EvaluationService;
import dev.viva.problem.Problem;
import dev.viva.problem.ProblemException;
import dev.viva.question.Viewer;
import dev.viva.screening.NewScreening;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningView;
import dev.viva.screening.Screenings;
import dev.viva.screening.dispatch.CostMeter;
import dev.viva.screening.dispatch.Dispatcher;
import dev.viva.screening.intake.SubmissionFile;
import dev.viva.screening.intake.SubmissionIntake;
import dev.viva.screening.invitation.Invitations;
import dev.viva.security.Roles;
import dev.viva.support.Utf8Files;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hiring screenings: create one, upload or invite answers, follow the grading, see the estimate and budget. */
@Path("/api/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screenings", description = "Many candidates' answers graded in the background, ranked, reviewed blind")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CLIENT})
@RunOnVirtualThread
public class ScreeningResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    private static final String ERRORS_EXAMPLE = """
            {"type":"https://viva.dev/problems/400","title":"Invalid submissions file","status":400,
            "detail":"1 error(s); nothing was stored: line 3: answer: must be 1 to 20000 characters and not blank (got 0)",
            "instance":"/api/screenings/0b6c.../submissions",
            "errors":[{"line":3,"message":"answer: must be 1 to 20000 characters and not blank (got 0)"}]}""";

    private final Screenings screenings;
    private final SubmissionIntake intake;
    private final Invitations invitations;
    private final CostMeter costs;
    private final Dispatcher dispatcher;
    private final EvaluationService evaluations;
    private final SecurityIdentity identity;

    public ScreeningResource(Screenings screenings, SubmissionIntake intake, Invitations invitations, CostMeter costs,
            Dispatcher dispatcher, EvaluationService evaluations, SecurityIdentity identity) {
        this.screenings = screenings;
        this.intake = intake;
        this.invitations = invitations;
        this.costs = costs;
        this.dispatcher = dispatcher;
        this.evaluations = evaluations;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createScreening", summary = "Create a screening",
            description = "1 to 20 questions the caller can see, each with an approved rubric. grader llm needs an LLM"
                    + " configured (else 422). Blind (the default): reviewers see aliases until a decision.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = ScreeningView.class)))
    public Response create(@Valid @NotNull NewScreening request) {
        ScreeningView created = screenings.create(request, Viewer.of(identity));
        return Response.created(URI.create("/api/screenings/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listScreenings", summary = "Screenings, newest first", description = "A client sees its own.")
    public List<ScreeningView> list() {
        return screenings.list(Viewer.of(identity));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getScreening", summary = "A screening and its progress",
            description = "status: open (no answers yet), grading, paused_budget, complete, closed. progress counts the answers:"
                    + " graded, needsReview, ungraded (a grading failed; retried), queued; ratePerMinute over the last"
                    + " five minutes and etaSeconds at that rate.")
    public ScreeningView get(@PathParam("id") String id) {
        return screenings.get(uuid(id), Viewer.of(identity));
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeScreening", summary = "Close a screening",
            description = "The screening takes no more answers or invitations (409), the gradings under way finish, and"
                    + " its retention period starts: retentionDays (or viva.retention.screenings) after closing, the"
                    + " candidates' answers, evaluations, decisions' reasons and demographics are deleted. Closing again"
                    + " changes nothing.")
    public ScreeningView close(@PathParam("id") String id) {
        return screenings.close(uuid(id), Viewer.of(identity));
    }

    /** The answers stored and the distinct candidates in the file. */
    public record SubmissionsAccepted(int accepted, int candidates) {
    }

    @POST
    @Path("/{id}/submissions")
    @Consumes({CSV, NDJSON})
    @Operation(operationId = "uploadScreeningSubmissions", summary = "Upload candidates' answers",
            description = "text/csv (RFC 4180, header candidateRef,questionId,answer; quoted cells may span lines) or"
                    + " application/x-ndjson ({candidateRef, questionId, answer} per line). The whole file is checked"
                    + " first: any bad line gives 400 with errors [{line, message}] and stores nothing. Every answer is"
                    + " stored before grading starts in the background. The same candidate and question again replaces"
                    + " the answer while it is not graded; after that it is a 409 naming the line. Up to 10 MB and"
                    + " viva.screening.max-rows-per-file rows a file; send more in several files.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "two answers", value = "candidateRef,questionId,answer\n"
                            + "c-17,interview.what-event-loop,\"The event loop runs callbacks\nwhen I/O completes.\"\n"
                            + "c-18,interview.what-event-loop,It is a loop.\n")),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "202", description = "Stored; grading in the background", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionsAccepted.class)))
    @APIResponse(responseCode = "400", description = "Bad lines, each as {line, message} in 'errors'; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "an empty answer", value = ERRORS_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Answers graded already, each line in 'errors'; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        String text = Utf8Files.text(body);
        SubmissionFile file = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(NDJSON)
                ? SubmissionFile.ndjson(text) : SubmissionFile.csv(text);
        SubmissionIntake.Accepted accepted = intake.acceptFile(uuid(id), file, Viewer.of(identity));
        return Response.accepted(new SubmissionsAccepted(accepted.accepted(), accepted.candidates())).build();
    }

    @Schema(name = "InvitationRequest")
    public record InvitationRequest(
            @Schema(examples = "ats-4711") @NotBlank @Size(max = 200) String candidateRef) {
    }

    @POST
    @Path("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteCandidate", summary = "Invite a candidate to answer in Viva's pages",
            description = "The link needs no account: one question per page, drafts saved, one submission. The token"
                    + " is spent by the submission and expires after viva.screening.invitation-ttl (14 days).")
    @APIResponse(responseCode = "201", description = "The link", content = @Content(
            schema = @Schema(implementation = Invitations.Created.class)))
    public Response invite(@PathParam("id") String id, @Valid @NotNull InvitationRequest request) {
        Invitations.Created created = invitations.invite(uuid(id), request.candidateRef(), Viewer.of(identity));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}/estimate")
    @Operation(operationId = "estimateScreeningCost", summary = "What the model calls will cost",
            description = "Answers × the grading prompt's tokens (counted with the model's tokenizer) × the configured"
                    + " prices (viva.screening.price.*), before anything is sent, and the cost recorded so far."
                    + " An offline screening costs nothing (callsModel false).")
    public CostMeter.Estimate estimate(@PathParam("id") String id) {
        Screening s = screenings.require(uuid(id), Viewer.of(identity));
        return costs.estimate(s, evaluations.callsModel(s.grader));
    }

    @Schema(name = "ScreeningBudgetChange")
    public record BudgetChange(@Schema(description = "null: the configured viva.screening.budget") @DecimalMin("0")
            BigDecimal budget) {
    }

    @PUT
    @Path("/{id}/budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(operationId = "changeScreeningBudget", summary = "Raise or lower the screening's budget",
            description = "A screening paused at its budget (paused_budget) resumes at once if the new budget is above"
                    + " the recorded cost.")
    public ScreeningView changeBudget(@PathParam("id") String id, @Valid @NotNull BudgetChange change) {
        UUID screeningId = uuid(id);
        screenings.require(screeningId, Viewer.of(identity));
        dispatcher.changeBudget(screeningId, change.budget());
        return screenings.get(screeningId, Viewer.of(identity));
    }

    static UUID uuid(String id) {
        return ProblemException.uuidOrNotFound("Screening", id);
    }
}
