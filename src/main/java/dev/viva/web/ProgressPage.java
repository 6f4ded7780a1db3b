package dev.viva.web;

import dev.viva.interview.InterviewQueries;
import dev.viva.interview.LearnerProgress;
import dev.viva.security.Roles;
import dev.viva.support.DomainException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in learner's progress: a trend chart of the scores per topic over their finished interviews. */
@Path("/ui/progress")
@RolesAllowed({Roles.LEARNER, Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class ProgressPage {

    private final Template page;
    private final InterviewQueries queries;
    private final SecurityIdentity identity;

    public ProgressPage(@Location("progress.html") Template page, InterviewQueries queries, SecurityIdentity identity) {
        this.page = page;
        this.queries = queries;
        this.identity = identity;
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response show(@CookieParam(CsrfToken.COOKIE) String csrf) {
        var caller = InterviewPages.caller(identity);
        List<InterviewCharts.Trend> trends;
        int interviews;
        try {
            LearnerProgress progress = queries.progress(caller, caller.principal());
            interviews = progress.interviews();
            trends = progress.topics().stream().map(t -> InterviewCharts.trend(t.topic(),
                    t.points().stream().map(p -> EvaluationPageModel.when(p.finishedAt())).toList(),
                    t.points().stream().map(LearnerProgress.Point::meanScore).toList(),
                    t.points().size() + (t.points().size() == 1 ? " interview" : " interviews")
                            + (t.change() == null ? "" : ", " + InterviewReportPage.signed(t.change())
                                    .replace("since the previous interview", "since the first")))).toList();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            interviews = 0;
            trends = List.of();
        }
        return Html.page(page.data("trends", trends).data("interviews", interviews), CsrfToken.of(csrf),
                caller.principal());
    }
}
