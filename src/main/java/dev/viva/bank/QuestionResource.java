package dev.viva.bank;

import dev.viva.bank.authoring.QuestionAuthoring;
import dev.viva.bank.authoring.QuestionBodies;
import dev.viva.bank.authoring.QuestionRequest;
import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.problem.Problem;
import dev.viva.problem.ProblemException;
import dev.viva.question.BankConfig;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.question.Viewer;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CLIENT})
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions", description = "The question bank imported from the customer's interview documents, and"
        + " the questions API callers create in banks of their own")
public class QuestionResource {

    private static final String PAGE_EXAMPLE = """
            {"items":[{"id":"what-event-loop","text":"What is the Event Loop?","topic":"Node.js Event Loop",
            "hasModelAnswer":true,"modelAnswerOrigin":"document",
            "sourceDocument":"nodejs/002_103c72581b15f37f.txt","duplicateOf":null,"owner":null,"retiredAt":null}],
            "page":0,"size":20,"total":1}""";
    private static final String DETAIL_EXAMPLE = """
            {"id":"event-loop-action","text":"Event Loop Example in Action","topic":"Node.js Event Loop",
            "bank":"interview","source":{"document":"nodejs/002_103c72581b15f37f.txt",
            "location":"line 40, heading \\"2.4 Event Loop Example in Action\\""},
            "modelAnswer":{"text":"console.log(\\"Start\\") ...","origin":"maintainers_corrected",
            "author":"Viva maintainers","note":"The order of setTimeout 0 and setImmediate is not fixed."},
            "documentModelAnswer":"```javascript ...","duplicateOf":null,"activeRubric":null,"draftRubric":null,
            "owner":null,"retiredAt":null}""";
    static final String CREATE_EXAMPLE = """
            {"bank":"acme-js","text":"What is a closure in JavaScript?","topic":"Functions",
            "modelAnswer":"A closure is a function bundled with the variables of the scope it was created in. It keeps them alive after that scope returns, which is how callbacks and factories keep private state.",
            "autoApprove":false}""";
    private static final String CREATED_EXAMPLE = """
            {"id":"acme-js.what-closure-javascript","text":"What is a closure in JavaScript?","topic":"Functions",
            "bank":"acme-js","source":null,"modelAnswer":{"text":"A closure is a function ...","origin":"api",
            "author":"key:learning-platform","note":null},"documentModelAnswer":null,"duplicateOf":null,
            "activeRubric":null,"draftRubric":{"version":1,"origin":"offline","contentHash":"5d1c...",
            "criteria":[{"id":"claim-1","description":"A closure is a function bundled with the variables of the scope it was created in.","kind":"required","weight":1.0}]},
            "owner":"key:learning-platform","retiredAt":null}""";
    private static final String CHANGE_EXAMPLE = """
            {"modelAnswer":"A closure is a function together with references to the variables of its enclosing scope."}""";

    private final QuestionRepository questions;
    private final QuestionDetails details;
    private final BankConfig bankConfig;
    private final QuestionAuthoring authoring;
    private final QuestionBodies bodies;
    private final SecurityIdentity identity;

    public QuestionResource(QuestionRepository questions, QuestionDetails details, BankConfig bankConfig,
            QuestionAuthoring authoring, QuestionBodies bodies, SecurityIdentity identity) {
        this.questions = questions;
        this.details = details;
        this.bankConfig = bankConfig;
        this.authoring = authoring;
        this.bodies = bodies;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List questions", description = "Questions in document order, filtered by topic"
            + " (case-insensitive, exact) and/or a case-insensitive text search over question text and topic."
            + " A client sees the questions Viva brings in and its own; retired questions only when asked for.")
    @APIResponse(responseCode = "200", description = "A page of questions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionPage.class),
            examples = @ExampleObject(name = "event loop", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "page < 0 or size outside 1..100", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionPage list(
            @Parameter(description = "Topic, case-insensitive exact match", example = "Node.js Event Loop")
            @QueryParam("topic") @Size(max = 200) String topic,
            @Parameter(description = "Text to search for in question text and topic", example = "event loop")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0)
            int page,
            @Parameter(description = "Page size, 1..100") @QueryParam("size") @DefaultValue("20") @Min(1)
            @Max(100) int size,
            @Parameter(description = "Bank; the interview bank by default (calibration runs and API callers keep"
                    + " their questions in banks of their own)", example = "interview")
            @QueryParam("bank") @Size(max = 60) String bank,
            @Parameter(description = "Also list retired questions") @QueryParam("includeRetired")
            @DefaultValue("false") boolean includeRetired) {
        String inBank = bank == null || bank.isBlank() ? bankConfig.name() : bank.strip();
        PanacheQuery<Question> query = questions.search(inBank, topic, q, Viewer.of(identity), includeRetired)
                .page(page, size);
        return new QuestionPage(query.list().stream().map(QuestionSummary::of).toList(), page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a question", description = "The question with its model answer (document's,"
            + " the maintainers' or its owner's), the document's own answer, the active rubric if there is one and"
            + " the draft waiting for approval. A client key sees these only on questions of its own: on Viva's bank"
            + " they are null, so that the answer key never reaches a learner through a platform. A retired"
            + " question is still shown, with retiredAt.")
    @APIResponse(responseCode = "200", description = "The question", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionDetail.class),
            examples = @ExampleObject(name = "corrected answer", value = DETAIL_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No question with this id (or another client's)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionDetail get(
            @Parameter(description = "Question id (slug)", example = "event-loop-action") @PathParam("id") String id) {
        return detail(questions.findVisible(id, Viewer.of(identity))
                .orElseThrow(() -> ProblemException.notFound("Question", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(summary = "Create a question of your own", description = "Stores the question in a bank of your own"
            + " (not the shipped one), owned by you: other clients do not see it. Without a rubric one is drafted"
            + " from the model answer (the LLM where configured, else offline). The rubric waits for a reviewer's"
            + " approval and the question cannot be graded until then (409), unless autoApprove is true: then it"
            + " is approved at once with origin auto. Nothing is stored on any error.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuestionRequest.class),
            examples = @ExampleObject(name = "closure", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the question", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionDetail.class),
            examples = @ExampleObject(name = "drafted offline", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed or invalid body: each violation names its field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is taken", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A bank closed to API questions (the shipped bank), an invalid"
            + " rubric (its problems listed), or no usable draft", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(String body, @Context UriInfo uri) {
        QuestionRequest request = bodies.one(body, true);
        Question q = authoring.create(request, Viewer.of(identity)).question();
        return Response.created(uri.getBaseUriBuilder().path("api/questions/{id}").build(q.id)).entity(detail(q))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(summary = "Change a question of your own", description = "The fields given replace the question's"
            + " (at least one must change; id and bank cannot). Stores the next rubric version: the one given, or"
            + " a draft from the question as it now reads. The active version keeps grading until a reviewer"
            + " approves the new one, unless autoApprove is true.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuestionRequest.class),
            examples = @ExampleObject(name = "new model answer", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or nothing to change", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such question (or another client's)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The question was retired", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A question Viva brought in (change its document), or an invalid"
            + " rubric", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public QuestionDetail update(@Parameter(description = "Question id", example = "acme-js.what-closure-javascript")
            @PathParam("id") String id, String body) {
        QuestionRequest changes = bodies.one(body, false);
        return detail(authoring.update(id, changes, Viewer.of(identity)).question());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Retire a question of your own", description = "Soft: the question takes no new answers"
            + " (410) and leaves the listings (includeRetired=true shows it); it and its evaluations stay readable.")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "404", description = "No such question (or another client's)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Already retired", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A question Viva brought in", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retire(@Parameter(description = "Question id", example = "acme-js.what-closure-javascript")
            @PathParam("id") String id) {
        authoring.retire(id, Viewer.of(identity));
        return Response.noContent().build();
    }

    private QuestionDetail detail(Question q) {
        return details.of(q, Viewer.of(identity));
    }
}
