package dev.viva.calibration.rest;

import dev.viva.calibration.CalibrationConfig;
import dev.viva.calibration.mapping.ScoreMapping;
import dev.viva.calibration.run.CalibrationRun;
import dev.viva.calibration.run.CalibrationRunRepository;
import dev.viva.calibration.run.CalibrationService;
import dev.viva.calibration.run.RunOptions;
import dev.viva.calibration.run.RunStatus;
import dev.viva.grading.GraderKind;
import dev.viva.problem.Problem;
import dev.viva.problem.ProblemException;
import dev.viva.rubric.writer.DraftSource;
import dev.viva.support.Page;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/calibrations")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calibration", description = "Agreement of Viva's scores with human graders on labelled answers")
public class CalibrationResource {

    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";
    private static final String SVG = "image/svg+xml";

    private final CalibrationService service;
    private final CalibrationRunRepository runs;
    private final CalibrationCharts charts;
    private final CalibrationConfig config;

    public CalibrationResource(CalibrationService service, CalibrationRunRepository runs, CalibrationCharts charts,
            CalibrationConfig config) {
        this.service = service;
        this.runs = runs;
        this.charts = charts;
        this.config = config;
    }

    @POST
    @Consumes({ NDJSON, JSONL, MediaType.TEXT_PLAIN })
    @Operation(summary = "Start a calibration run", description = "The body is the labelled file (JSON Lines:"
            + " question, reference_answer, answer, score, max_score, optional question_id, grader_scores). The whole"
            + " file is checked first; the run then grades in the background. Options as query parameters: grader"
            + " (offline|llm), rubrics (offline|llm: who writes new questions' rubrics), bank, mapping"
            + " (none|linear|isotonic), limit, seed, name (the file name).")
    @APIResponse(responseCode = "202", description = "Run accepted; Location is its URL")
    @APIResponse(responseCode = "400", description = "Bad line(s) in the file (errors list with line and message),"
            + " or a bad option; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than viva.calibration.max-upload-size")
    @APIResponse(responseCode = "422", description = "grader=llm but no LLM configured")
    public Response startFromBody(@QueryParam("grader") String grader, @QueryParam("bank") String bank,
            @QueryParam("mapping") String mapping, @QueryParam("rubrics") String rubrics,
            @QueryParam("limit") @Min(1) Integer limit, @QueryParam("seed") @DefaultValue("42") long seed,
            @QueryParam("name") String name, byte[] body) {
        return start(body, name, new Choices(grader, rubrics, bank, mapping, limit, seed));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Start a calibration run (file upload)", description = "As the plain upload, with the file"
            + " in the part 'file' and options as form fields (grader, bank, mapping, limit, seed).")
    @APIResponse(responseCode = "202", description = "Run accepted")
    public Response startFromUpload(@RestForm("file") FileUpload file, @RestForm("grader") String grader,
            @RestForm("bank") String bank, @RestForm("mapping") String mapping, @RestForm("rubrics") String rubrics,
            @RestForm("limit") @Min(1) Integer limit, @RestForm("seed") Long seed) {
        if (file == null) {
            throw ProblemException.badRequest("The multipart request has no part named 'file'.");
        }
        tooLarge(file.size());
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Choices choices = new Choices(grader, rubrics, bank, mapping, limit, seed == null ? 42 : seed);
        return start(content, file.fileName(), choices);
    }

    @GET
    @Operation(summary = "List calibration runs", description = "Newest first, with headline figures.")
    @Transactional
    public Page<CalibrationRunSummary> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var query = runs.findAll(Sort.descending("createdAt")).page(page, size);
        return new Page<>(query.list().stream().map(CalibrationRunSummary::of).toList(), page, size, query.count());
    }

    @GET
    @Path("/latest")
    @Operation(summary = "The latest completed run", description = "Its summary; 404 when no run has completed.")
    @Transactional
    public CalibrationRunSummary latest() {
        return runs.latestCompleted().map(CalibrationRunSummary::of)
                .orElseThrow(() -> new ProblemException(404, "No completed calibration run",
                        "No calibration run has completed yet."));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A calibration run", description = "Progress (done/total, rate, ETA) while it runs;"
            + " overall figures on the answers not used for fitting, per split, per question, the human-human"
            + " ceiling and the provenance when it has completed.")
    @Transactional
    public CalibrationRunView get(@PathParam("id") String id) {
        return CalibrationRunView.of(find(id));
    }

    @GET
    @Path("/{id}/charts/scatter.svg")
    @Produces(SVG)
    @Operation(summary = "Scatter plot", description = "Human score against Viva's mapped score, reported answers.")
    @Transactional
    public Response scatter(@PathParam("id") String id) {
        return Response.ok(charts.scatter(completed(id)), SVG).build();
    }

    @GET
    @Path("/{id}/charts/confusion.svg")
    @Produces(SVG)
    @Operation(summary = "Confusion table", description = "Answers by human and Viva category (scale steps).")
    @Transactional
    public Response confusion(@PathParam("id") String id) {
        return Response.ok(charts.confusion(completed(id)), SVG).build();
    }

    /** The options as they came in, from query parameters or form fields. */
    private record Choices(String grader, String rubrics, String bank, String mapping, Integer limit, long seed) {
    }

    private Response start(byte[] content, String fileName, Choices c) {
        tooLarge(content == null ? 0 : content.length);
        GraderKind grader = offlineOrLlm("grader", c.grader(), GraderKind.OFFLINE, GraderKind.LLM);
        DraftSource rubrics = offlineOrLlm("rubrics", c.rubrics(), DraftSource.offline, DraftSource.llm);
        String file = fileName == null || fileName.isBlank() ? null : fileName.strip();
        RunOptions options = new RunOptions(grader, rubrics, bankName(c.bank(), fileName), mapping(c.mapping()),
                c.limit(), c.seed(), file);
        UUID id = service.start(content == null ? new byte[0] : content, options);
        return Response.accepted(CalibrationRunView.of(runs.findById(id)))
                .location(URI.create("/api/calibrations/" + id)).build();
    }

    private void tooLarge(long size) {
        long max = config.maxUploadSize().asLongValue();
        if (size > max) {
            throw new ProblemException(413, "Dataset too large",
                    "The file has " + size + " bytes; at most " + max + " are accepted (viva.calibration.max-upload-size).");
        }
    }

    /** Both grader and rubrics choose between the offline way (the default) and the LLM. */
    private static <T> T offlineOrLlm(String param, String value, T offline, T llm) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("offline")) {
            return offline;
        }
        if (value.strip().equalsIgnoreCase("llm")) {
            return llm;
        }
        throw ProblemException.badRequest(param + " must be offline or llm, not '" + value + "'.");
    }

    private static ScoreMapping mapping(String value) {
        try {
            return ScoreMapping.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage() + ".");
        }
    }

    /** The bank named, or one named after the file ("calibration-mohler-dev"), or "calibration". */
    static String bankName(String bank, String fileName) {
        if (bank != null && !bank.isBlank()) {
            if (!bank.strip().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,59}")) {
                throw ProblemException.badRequest("bank must be 1-60 letters, digits, '-' or '_', starting with a"
                        + " letter or digit.");
            }
            return bank.strip();
        }
        if (fileName == null || fileName.isBlank()) {
            return "calibration";
        }
        String base = fileName.strip().replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return base.isEmpty() ? "calibration" : "calibration-" + (base.length() > 48 ? base.substring(0, 48) : base);
    }

    private CalibrationRun find(String id) {
        return runs.findByIdOptional(ProblemException.uuidOrNotFound("Calibration run", id))
                .orElseThrow(() -> ProblemException.notFound("Calibration run", id));
    }

    private CalibrationRun completed(String id) {
        CalibrationRun run = find(id);
        if (run.status != RunStatus.COMPLETED) {
            throw new ProblemException(409, "Run not completed",
                    "Calibration run " + id + " is " + run.status.name().toLowerCase(Locale.ROOT)
                            + "; its charts exist once it has completed.");
        }
        return run;
    }
}
