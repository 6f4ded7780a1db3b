package dev.viva.bank;

import dev.viva.bank.authoring.QuestionAuthoring;
import dev.viva.bank.authoring.QuestionBodies;
import dev.viva.problem.Problem;
import dev.viva.question.Viewer;
import dev.viva.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CLIENT})
@Path("/api/questions/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions")
public class QuestionBulkResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String ERRORS_EXAMPLE = """
            {"type":"https://viva.dev/problems/400","title":"Invalid questions file","status":400,
            "detail":"1 error(s); nothing was stored: line 2: modelAnswer: is required",
            "instance":"/api/questions/bulk","errors":[{"line":2,"message":"modelAnswer: is required"}]}""";

    private final QuestionAuthoring authoring;
    private final QuestionBodies bodies;
    private final QuestionDetails details;
    private final SecurityIdentity identity;

    public QuestionBulkResource(QuestionAuthoring authoring, QuestionBodies bodies, QuestionDetails details,
            SecurityIdentity identity) {
        this.authoring = authoring;
        this.bodies = bodies;
        this.details = details;
        this.identity = identity;
    }

    @POST
    @Consumes(NDJSON)
    @RunOnVirtualThread
    @Operation(summary = "Create many questions of your own", description = "One question per line, each as"
            + " POST /api/questions takes it (blank lines are skipped). The file is checked whole first and"
            + " every rubric drafted before one transaction stores them all: any bad line stores nothing and is"
            + " named with its number. At most viva.bank.bulk-max-questions (500) questions per file. A file of"
            + " two questions:\n\n"
            + "    {\"bank\":\"acme-js\",\"text\":\"What is a closure?\",\"modelAnswer\":\"A function with the"
            + " variables of its scope.\"}\n"
            + "    {\"id\":\"acme-js.hoisting\",\"bank\":\"acme-js\",\"text\":\"What is hoisting?\","
            + "\"modelAnswer\":\"Declarations are moved to the top of their scope.\",\"autoApprove\":true}")
    @RequestBody(required = true, description = "NDJSON: one question object per line", content = @Content(
            mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "201", description = "Every question created, in the file's order", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkCreated.class)))
    @APIResponse(responseCode = "400", description = "Bad lines, each as {line, message} in 'errors'; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "a line without model answer", value = ERRORS_EXAMPLE)))
    public Response create(byte[] body) {
        Viewer viewer = Viewer.of(identity);
        List<QuestionDetail> created = authoring.createAll(bodies.lines(body), viewer).stream()
                .map(a -> details.of(a.question(), viewer)).toList();
        return Response.status(Response.Status.CREATED).entity(new BulkCreated(created.size(), created)).build();
    }
}
