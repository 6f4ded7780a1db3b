package dev.viva.web;

import dev.viva.problem.ProblemException;
import dev.viva.question.Viewer;
import dev.viva.screening.ScreeningProgress;
import dev.viva.screening.ScreeningStatus;
import dev.viva.screening.ScreeningView;
import dev.viva.screening.Screenings;
import dev.viva.screening.export.RankingExport;
import dev.viva.screening.ranking.Rankings;
import dev.viva.security.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The screenings list, and a screening's page: its grading progress and the sortable ranking. */
@Path("/ui/screenings")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class ScreeningPages {

    /** While answers are being graded the page reloads itself this often (no scripts: the CSP allows none). */
    static final int REFRESH_SECONDS = 5;

    private final Template list;
    private final Template page;
    private final Screenings screenings;
    private final Rankings rankings;
    private final RankingExport export;
    private final SecurityIdentity identity;

    public ScreeningPages(@Location("screenings.html") Template list, @Location("screening.html") Template page,
            Screenings screenings, Rankings rankings, RankingExport export, SecurityIdentity identity) {
        this.list = list;
        this.page = page;
        this.screenings = screenings;
        this.rankings = rankings;
        this.export = export;
        this.identity = identity;
    }

    @TemplateData
    public record Summary(String id, String name, int questions, String status, String progress, long done,
            long total, String createdAt) {
        static Summary of(ScreeningView s) {
            ScreeningProgress p = s.progress();
            long done = p.graded() + p.needsReview();
            return new Summary(s.id().toString(), s.name(), s.questionIds().size(), s.status().json(),
                    done + " of " + p.total() + " graded", done, p.total(), EvaluationPageModel.when(s.createdAt()));
        }
    }

    @TemplateData
    public record Detail(Summary summary, boolean blind, boolean unblinded, String grader, ScreeningProgress progress,
            String percent, String eta, boolean grading) {
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response list(@CookieParam(CsrfToken.COOKIE) String csrf) {
        List<Summary> rows = screenings.list(viewer()).stream().map(Summary::of).toList();
        return Html.page(list.data("screenings", rows), CsrfToken.of(csrf), user());
    }

    @GET
    @Path("{id}")
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @CookieParam(CsrfToken.COOKIE) String csrf) {
        UUID screeningId = ProblemException.uuidOrNotFound("Screening", id);
        ScreeningView s = screenings.get(screeningId, viewer());
        ScreeningProgress p = s.progress();
        long done = p.graded() + p.needsReview();
        String percent = p.total() == 0 ? "0" : Long.toString(done * 100 / p.total());
        boolean grading = s.status() == ScreeningStatus.GRADING;
        var detail = new Detail(Summary.of(s), s.blind(), s.unblinded(), EvaluationPageModel.lower(s.grader()), p,
                percent, eta(p.etaSeconds()), grading);
        var table = RankingTable.of("/ui/screenings/" + screeningId, s.questionIds(), rankings.of(screeningId, viewer()),
                sort, dir);
        return Html.page(page.data("s", detail).data("table", table).data("refresh", grading ? REFRESH_SECONDS : 0),
                CsrfToken.of(csrf), user());
    }

    /** The ranking as CSV for a signed-in reviewer (the /api route takes an API key). */
    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response export(@PathParam("id") String id, @QueryParam("detail") String detail) {
        UUID screeningId = ProblemException.uuidOrNotFound("Screening", id);
        boolean criteria = "criteria".equals(detail);
        String csv = criteria ? export.criteria(screeningId, viewer()) : export.candidates(screeningId, viewer());
        return Response.ok(csv, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"screening-" + screeningId
                        + (criteria ? "-criteria" : "") + ".csv\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static String eta(Long seconds) {
        if (seconds == null) {
            return "-";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds < 3600 ? (seconds + 59) / 60 + " min" : String.format(java.util.Locale.ROOT, "%.1f h", seconds / 3600.0);
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
