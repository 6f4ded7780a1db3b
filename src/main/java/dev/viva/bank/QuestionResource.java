package dev.viva.bank;

import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.problem.Problem;
import dev.viva.problem.ProblemException;
import dev.viva.question.BankConfig;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.RubricVersionRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CLIENT})
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions", description = "The question bank imported from the customer's interview documents")
public class QuestionResource {

    private static final String PAGE_EXAMPLE = """
            {"items":[{"id":"what-event-loop","text":"What is the Event Loop?","topic":"Node.js Event Loop",
            "hasModelAnswer":true,"modelAnswerOrigin":"document",
            "sourceDocument":"nodejs/002_103c72581b15f37f.txt","duplicateOf":null}],
            "page":0,"size":20,"total":1}""";
    private static final String DETAIL_EXAMPLE = """
            {"id":"event-loop-action","text":"Event Loop Example in Action","topic":"Node.js Event Loop",
            "bank":"interview","source":{"document":"nodejs/002_103c72581b15f37f.txt",
            "location":"line 40, heading \\"2.4 Event Loop Example in Action\\""},
            "modelAnswer":{"text":"console.log(\\"Start\\") ...","origin":"maintainers_corrected",
            "author":"Viva maintainers","note":"The order of setTimeout 0 and setImmediate is not fixed."},
            "documentModelAnswer":"```javascript ...","duplicateOf":null,"activeRubric":null}""";

    private final QuestionRepository questions;
    private final RubricVersionRepository rubrics;
    private final BankConfig bankConfig;

    public QuestionResource(QuestionRepository questions, RubricVersionRepository rubrics, BankConfig bankConfig) {
        this.questions = questions;
        this.rubrics = rubrics;
        this.bankConfig = bankConfig;
    }

    @GET
    @Operation(summary = "List questions", description = "Questions in document order, filtered by topic"
            + " (case-insensitive, exact) and/or a case-insensitive text search over question text and topic.")
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
            @Parameter(description = "Bank; the interview bank by default (calibration runs keep their questions in"
                    + " banks of their own)", example = "interview")
            @QueryParam("bank") @Size(max = 60) String bank) {
        String inBank = bank == null || bank.isBlank() ? bankConfig.name() : bank.strip();
        PanacheQuery<Question> query = questions.search(inBank, topic, q).page(page, size);
        return new QuestionPage(query.list().stream().map(QuestionSummary::of).toList(), page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a question", description = "The question with its model answer (document's or"
            + " the maintainers'), the document's own answer, and the active rubric if there is one.")
    @APIResponse(responseCode = "200", description = "The question", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionDetail.class),
            examples = @ExampleObject(name = "corrected answer", value = DETAIL_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No question with this id", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionDetail get(
            @Parameter(description = "Question id (slug)", example = "event-loop-action") @PathParam("id") String id) {
        Question q = questions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Question", id));
        return QuestionDetail.of(q, rubrics.findActive(id).orElse(null));
    }
}
