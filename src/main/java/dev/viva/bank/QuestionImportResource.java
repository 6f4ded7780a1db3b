package dev.viva.bank;

import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.problem.Problem;
import dev.viva.problem.ProblemException;
import dev.viva.question.importer.CurationCatalog;
import dev.viva.question.importer.DocumentImporter;
import dev.viva.question.importer.ImportReport;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@Path("/api/questions/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions")
public class QuestionImportResource {

    static final String MARKDOWN = "text/markdown";
    private static final String NAME_PATTERN = "[^\\p{Cntrl}]+";
    private static final String REPORT_EXAMPLE = """
            {"document":"extra.md","created":["what-closure-javascript"],"updated":[],"unchanged":[],
            "skipped":[{"text":"What is a closure in JavaScript?",
            "reason":"the same question already appears at line 1 of this document (line 5 skipped)"}],
            "duplicates":[],"orphaned":[],
            "repaired":[{"charset":"x-MacRoman","sequences":2,"examples":["‚Äô -> ’"]}]}""";

    private final DocumentImporter importer;
    private final CurationCatalog curations;

    public QuestionImportResource(DocumentImporter importer, CurationCatalog curations) {
        this.importer = importer;
        this.curations = curations;
    }

    @POST
    @Consumes({ MARKDOWN, MediaType.TEXT_PLAIN })
    @Operation(summary = "Import a document", description = "Imports the questions of a UTF-8 Markdown or text"
            + " document in one transaction. Re-importing a document of the same name updates its questions.")
    @APIResponse(responseCode = "200", description = "Imported; no new question", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "201", description = "Imported; new questions created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
            examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Empty document or missing name", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than viva.bank.import-max-size", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not UTF-8 text (binary, NUL bytes)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No question found in the document", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importText(
            @Parameter(description = "Document name, unique in the bank", example = "nodejs/extra.md", required = true)
            @QueryParam("name") @Size(max = 200) @Pattern(regexp = NAME_PATTERN) String name,
            byte[] body) {
        return run(required(name), body);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a document (file upload)", description = "As the text import, with the document"
            + " in a multipart part named 'file'; the name defaults to the uploaded file's name.")
    @APIResponse(responseCode = "201", description = "Imported; new questions created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public Response importFile(
            @Parameter(description = "Document name; defaults to the file name", example = "nodejs/extra.md")
            @QueryParam("name") @Size(max = 200) @Pattern(regexp = NAME_PATTERN) String name,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest("The multipart request has no part named 'file'.");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(required(name == null || name.isBlank() ? file.fileName() : name), content);
    }

    private Response run(String name, byte[] content) {
        ImportReport report = importer.importDocument(name, content, curations.current(), true);
        return Response.status(report.createdAny() ? 201 : 200).entity(report).build();
    }

    private static String required(String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.badRequest("Query parameter 'name' (the document name) is required.");
        }
        return name.strip();
    }
}
