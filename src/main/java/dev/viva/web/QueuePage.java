package dev.viva.web;

import dev.viva.evaluation.Evaluation;
import dev.viva.question.Viewer;
import dev.viva.review.ReviewQueue;
import dev.viva.screening.Screenings;
import dev.viva.security.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The review queue: needs_review first, with filters, search and paging. */
@Path("/ui")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class QueuePage {

    private static final int SIZE = 25;

    private final Template queue;
    private final ReviewQueue reviewQueue;
    private final Screenings screenings;
    private final SecurityIdentity identity;

    public QueuePage(@Location("queue.html") Template queue, ReviewQueue reviewQueue, Screenings screenings,
            SecurityIdentity identity) {
        this.queue = queue;
        this.reviewQueue = reviewQueue;
        this.screenings = screenings;
        this.identity = identity;
    }

    /** A screening to filter by, as the select shows it. */
    @TemplateData
    public record ScreeningOption(String id, String name) {
    }

    @TemplateData
    public record Row(String id, String status, String questionId, String candidateRef, String score,
            String machineScore, boolean reviewed, String flags, String createdAt, String answerStart) {
        static Row of(Evaluation e) {
            String answer = e.answer.length() > 90 ? e.answer.substring(0, 90) + "…" : e.answer;
            return new Row(e.id.toString(), EvaluationPageModel.lower(e.status), e.questionId,
                    e.shownCandidateRef() == null ? "" : e.shownCandidateRef(),
                    EvaluationPageModel.text(e.reviewedScore != null ? e.reviewedScore : e.score),
                    EvaluationPageModel.text(e.score), e.reviewedAt != null,
                    e.flags == null ? "" : e.flags.stream().map(EvaluationPageModel::lower).collect(Collectors.joining(", ")),
                    EvaluationPageModel.when(e.createdAt), answer);
        }
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response show(@QueryParam("questionId") String questionId, @QueryParam("candidate") String candidate,
            @QueryParam("flag") String flag, @QueryParam("minScore") BigDecimal minScore,
            @QueryParam("maxScore") BigDecimal maxScore, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String search, @QueryParam("screening") String screening,
            @QueryParam("page") @DefaultValue("0") int page,
            @CookieParam(CsrfToken.COOKIE) String csrf) {
        var filter = new ReviewQueue.Filter(questionId, candidate, flag, minScore, maxScore, from, to, search,
                screeningId(screening));
        var result = reviewQueue.find(filter, Math.max(0, page), SIZE);
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "questionId", questionId);
        put(params, "candidate", candidate);
        put(params, "flag", flag);
        put(params, "minScore", minScore == null ? null : minScore.toPlainString());
        put(params, "maxScore", maxScore == null ? null : maxScore.toPlainString());
        put(params, "from", from);
        put(params, "to", to);
        put(params, "q", search);
        put(params, "screening", screening);
        String query = params.entrySet().stream().map(p -> p.getKey() + "=" + Html.encode(p.getValue()))
                .collect(Collectors.joining("&"));
        List<Row> rows = result.items().stream().map(Row::of).toList();
        return Html.page(queue.data("rows", rows).data("f", params).data("page", result.page())
                .data("pages", result.pages()).data("total", result.total())
                .data("prev", result.page() > 0 ? "/ui?" + query + "&page=" + (result.page() - 1) : null)
                .data("next", result.page() + 1 < result.pages() ? "/ui?" + query + "&page=" + (result.page() + 1) : null)
                .data("flags", EvaluationPageModel.flagNames())
                .data("screenings", screenings.list(Viewer.of(identity)).stream()
                        .map(v -> new ScreeningOption(v.id().toString(), v.name())).toList()),
                CsrfToken.of(csrf), identity.getPrincipal().getName());
    }

    /** The screening filter; a malformed id matches nothing rather than everything. */
    private static java.util.UUID screeningId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return new java.util.UUID(0, 0);
        }
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }
}
