package dev.viva.web;

import dev.viva.interview.InterviewQueries;
import dev.viva.interview.InterviewReport;
import dev.viva.problem.ProblemException;
import dev.viva.security.Roles;
import dev.viva.support.DomainException;
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
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The report of a finished interview: a chart of the scores per question and per topic, each question with its
 * verdicts, feedback, follow-up and the model answer; styled to print cleanly (to PDF from the browser).
 */
@Path("/ui/interviews/{id}/report")
@RolesAllowed({Roles.LEARNER, Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class InterviewReportPage {

    private final Template page;
    private final InterviewQueries queries;
    private final SecurityIdentity identity;

    public InterviewReportPage(@Location("interview-report.html") Template page, InterviewQueries queries,
            SecurityIdentity identity) {
        this.page = page;
        this.queries = queries;
        this.identity = identity;
    }

    @TemplateData
    public record Point(String title, String verdict, String afterFollowUp) {
    }

    @TemplateData
    public record QuestionRow(int index, String text, String topic, String score, boolean answered, boolean late,
            List<Point> points, List<String> strengths, List<String> missing, String nextStep, String followUpText,
            String followUpOutcome, String modelAnswer) {
    }

    @TemplateData
    public record TopicRow(String topic, String meanScore, String change) {
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id, @CookieParam(CsrfToken.COOKIE) String csrf) {
        UUID uuid = ProblemException.uuidOrNotFound("Interview", id);
        InterviewReport r;
        try {
            r = queries.report(InterviewPages.caller(identity), uuid);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.CONFLICT) {
                // still in progress: the answer key stays hidden until it is finished
                return Html.redirect("/ui/interviews/" + uuid);
            }
            throw e;
        }
        List<QuestionRow> questions = r.questions().stream().map(InterviewReportPage::row).toList();
        List<TopicRow> topics = r.topics().stream().map(t -> new TopicRow(t.topic(), text(t.meanScore()),
                t.change() == null ? "first interview on this topic" : signed(t.change()))).toList();
        var questionBars = InterviewCharts.scoreBars(
                r.questions().stream().map(q -> "Q" + q.index() + " " + abbreviate(q.text())).toList(),
                r.questions().stream().map(InterviewReport.QuestionReport::score).toList());
        var topicBars = InterviewCharts.scoreBars(r.topics().stream().map(InterviewReport.TopicReport::topic).toList(),
                r.topics().stream().map(InterviewReport.TopicReport::meanScore).toList());
        var o = r.overall();
        return Html.page(page.data("learner", r.learnerRef()).data("overall", text(o.score()))
                .data("answered", o.answered()).data("questionCount", o.questions()).data("late", o.late())
                .data("followUpsAsked", o.followUpsAsked()).data("metAfterFollowUp", o.metAfterFollowUp())
                .data("credit", Math.round(r.followUpCredit() * 100)).data("questions", questions)
                .data("topics", topics).data("questionBars", questionBars).data("topicBars", topicBars)
                .data("questionChartHeight", questionBars.size() * 22).data("topicChartHeight", topicBars.size() * 22)
                .data("finished", EvaluationPageModel.when(r.finishedAt())),
                CsrfToken.of(csrf), identity.getPrincipal().getName());
    }

    private static QuestionRow row(InterviewReport.QuestionReport q) {
        List<Point> points = q.criteria().stream().map(c -> new Point(c.title(), verdict(c.verdict()),
                c.afterFollowUp() == null ? null : verdict(c.afterFollowUp()))).toList();
        String followUpOutcome = null;
        if (q.followUp() != null) {
            followUpOutcome = !q.followUp().answered() ? "not answered"
                    : q.followUp().metAfterFollowUp() ? "met after the follow-up (counts in part)"
                    : q.followUp().verdict() == null ? "not graded" : verdict(q.followUp().verdict());
        }
        return new QuestionRow(q.index(), q.text(), q.topic() == null ? "" : q.topic(), text(q.score()), q.answered(),
                q.late(), points, q.strengths(), q.missing(), q.nextStep(), q.followUp() == null ? null : q.followUp().text(),
                followUpOutcome, q.modelAnswer());
    }

    private static String verdict(dev.viva.grading.Verdict v) {
        return v.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static String text(BigDecimal score) {
        return score == null ? "not graded yet" : score.stripTrailingZeros().toPlainString();
    }

    static String signed(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "") + change.stripTrailingZeros().toPlainString() + " since the previous interview";
    }

    private static String abbreviate(String s) {
        return s.length() > 38 ? s.substring(0, 37) + "…" : s;
    }
}
