package dev.viva.web;

import dev.viva.evaluation.RegradeResult;
import dev.viva.evaluation.RegradeService;
import dev.viva.problem.ProblemException;
import dev.viva.question.Question;
import dev.viva.question.BankConfig;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.version.RubricDiff;
import dev.viva.rubric.version.RubricEditor;
import dev.viva.security.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The question bank and its rubrics: versions side by side with their diff, approval, regrading. */
@Path("/ui/questions")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class QuestionPages {

    private static final int SIZE = 30;

    private final Template bank;
    private final Template question;
    private final QuestionRepository questions;
    private final RubricEditor rubrics;
    private final RegradeService regrades;
    private final SecurityIdentity identity;
    private final BankConfig interviewBank;

    public QuestionPages(@Location("questions.html") Template bank, @Location("question.html") Template question,
            QuestionRepository questions, RubricEditor rubrics, RegradeService regrades, SecurityIdentity identity,
            BankConfig interviewBank) {
        this.interviewBank = interviewBank;
        this.bank = bank;
        this.question = question;
        this.questions = questions;
        this.rubrics = rubrics;
        this.regrades = regrades;
        this.identity = identity;
    }

    @TemplateData
    public record QuestionRow(String id, String text, String topic) {
    }

    @TemplateData
    public record VersionView(int version, String status, boolean active, String origin, String hash,
            List<CriterionView> criteria) {
        static VersionView of(RubricVersion v) {
            return new VersionView(v.version, EvaluationPageModel.lower(v.status), v.active, v.origin,
                    v.contentHash.substring(0, 12), v.content.criteria().stream().map(c -> new CriterionView(c.id(),
                            EvaluationPageModel.lower(c.kind()), String.valueOf(c.weight()), c.description())).toList());
        }
    }

    @TemplateData
    public record CriterionView(String id, String kind, String weight, String description) {
    }

    @TemplateData
    public record DiffRow(String criterionId, String change, String fields) {
    }

    @TemplateData
    public record RegradeRow(String evaluationId, String newEvaluationId, String oldScore, String newScore,
            String changed) {
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    @Transactional
    public Response list(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
            @CookieParam(CsrfToken.COOKIE) String csrf) {
        var query = questions.search(interviewBank.name(), null, q == null || q.isBlank() ? null : q).page(Math.max(0, page), SIZE);
        List<QuestionRow> rows = query.list().stream().map((Question x) -> new QuestionRow(x.id, x.text,
                x.topic == null ? "" : x.topic)).toList();
        long total = query.count();
        String search = q == null ? "" : q;
        return Html.page(bank.data("rows", rows).data("q", search).data("total", total)
                .data("prev", page > 0 ? "/ui/questions?q=" + Html.encode(search) + "&page=" + (page - 1) : null)
                .data("next", (long) (page + 1) * SIZE < total ? "/ui/questions?q=" + Html.encode(search) + "&page="
                        + (page + 1) : null), CsrfToken.of(csrf), identity.getPrincipal().getName());
    }

    @GET
    @Path("{id}")
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id, @QueryParam("a") Integer a, @QueryParam("b") Integer b,
            @CookieParam(CsrfToken.COOKIE) String csrf) {
        return render(id, a, b, null, csrf);
    }

    @POST
    @Path("{id}/rubric/versions/{v}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response approve(@PathParam("id") String id, @PathParam("v") int v,
            @FormParam(CsrfToken.FIELD) String csrfField, @CookieParam(CsrfToken.COOKIE) String csrfCookie) {
        CsrfToken.verify(csrfCookie, csrfField);
        rubrics.approve(id, v, identity.getPrincipal().getName());
        return Html.redirect("/ui/questions/" + Html.encode(id));
    }

    @POST
    @Path("{id}/regrade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response regrade(@PathParam("id") String id, @FormParam(CsrfToken.FIELD) String csrfField,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie) {
        CsrfToken.verify(csrfCookie, csrfField);
        RegradeResult.Batch batch = regrades.regrade(id, null);
        List<RegradeRow> rows = batch.results().stream().map(r -> new RegradeRow(r.evaluationId().toString(),
                r.newEvaluationId().toString(), EvaluationPageModel.text(r.oldScore()),
                EvaluationPageModel.text(r.newScore()), r.changedCriteria().stream()
                        .map(c -> c.criterionId() + ": " + c.before() + " → " + c.after())
                        .collect(Collectors.joining(", ")))).toList();
        return render(id, null, null, rows, csrfCookie);
    }

    private Response render(String id, Integer a, Integer b, List<RegradeRow> regraded, String csrf) {
        Question q = questions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Question", id));
        List<RubricVersion> versions = rubrics.list(id);
        List<VersionView> all = versions.stream().map(VersionView::of).toList();
        VersionView left = null;
        VersionView right = null;
        List<DiffRow> diff = List.of();
        if (!all.isEmpty()) {
            int newest = all.get(all.size() - 1).version();
            int older = all.size() > 1 ? all.get(all.size() - 2).version() : newest;
            int from = a != null ? a : older;
            int to = b != null ? b : newest;
            left = all.stream().filter(v -> v.version() == from).findFirst().orElse(all.get(0));
            right = all.stream().filter(v -> v.version() == to).findFirst().orElse(all.get(all.size() - 1));
            RubricDiff d = rubrics.diff(id, left.version(), right.version());
            diff = d.criteria().stream().map(c -> new DiffRow(c.criterionId(), c.change().name(),
                    c.fields() == null ? "" : c.fields().stream().map(f -> f.field() + ": " + f.from() + " → " + f.to())
                            .collect(Collectors.joining("; ")))).toList();
        }
        return Html.page(question.data("q", new QuestionRow(q.id, q.text, q.topic == null ? "" : q.topic))
                .data("owner", q.ownerRef).data("retired", q.retiredAt == null ? null : q.retiredAt.toString())
                .data("versions", all).data("left", left).data("right", right).data("diff", diff)
                .data("regraded", regraded), CsrfToken.of(csrf), identity.getPrincipal().getName());
    }
}
