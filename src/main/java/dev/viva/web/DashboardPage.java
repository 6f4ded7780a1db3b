package dev.viva.web;

import dev.viva.review.agreement.AgreementFigures;
import dev.viva.review.agreement.LiveAgreement;
import dev.viva.review.agreement.LiveAgreementReport;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Charts: score distribution per question, how often reviewers change verdicts, live agreement per version,
 * and the latest calibration run against human graders.
 */
@Path("/ui/dashboard")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class DashboardPage {

    private final Template dashboard;
    private final ScoreDistribution scores;
    private final LiveAgreement agreement;
    private final SecurityIdentity identity;
    private final LatestCalibration calibration;

    public DashboardPage(@Location("dashboard.html") Template dashboard, ScoreDistribution scores,
            LiveAgreement agreement, SecurityIdentity identity, LatestCalibration calibration) {
        this.calibration = calibration;
        this.dashboard = dashboard;
        this.scores = scores;
        this.agreement = agreement;
        this.identity = identity;
    }

    @TemplateData
    public record GroupRow(String questionId, int rubricVersion, String promptHash, String model, long evaluations,
            long reviewed, long changed, String agreement, String weeks) {
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response show(@CookieParam(CsrfToken.COOKIE) String csrf) {
        List<Charts.Histogram> histograms = scores.perQuestion().entrySet().stream()
                .map(e -> Charts.histogram(e.getKey(), e.getValue())).toList();
        LiveAgreementReport report = agreement.report(null, null, null);
        Map<String, AgreementFigures> perCriterion = new LinkedHashMap<>();
        List<GroupRow> groups = new ArrayList<>();
        for (LiveAgreementReport.Group g : report.groups()) {
            for (LiveAgreementReport.CriterionFigures c : g.criteria()) {
                perCriterion.merge(g.questionId() + " / " + c.criterionId(), c.figures(), AgreementFigures::plus);
            }
            String weeks = g.weeks().stream().map(w -> w.week() + ": " + percent(w.figures().agreementRate()))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            groups.add(new GroupRow(g.questionId(), g.rubricVersion(), g.promptHash(), g.model(), g.evaluations(),
                    g.figures().reviewed(), g.figures().changed(), percent(g.figures().agreementRate()), weeks));
        }
        List<Charts.Bar> changeBars = new ArrayList<>();
        perCriterion.forEach((name, f) -> changeBars.add(Charts.rateBar(changeBars.size(),
                f.reviewed() == 0 ? 0 : (double) f.changed() / f.reviewed(), 300, name,
                f.changed() + " of " + f.reviewed())));
        return Html.page(dashboard.data("histograms", histograms).data("changeBars", changeBars)
                .data("changeHeight", Math.max(22, changeBars.size() * 22)).data("groups", groups)
                .data("overall", percent(report.overall().agreementRate()))
                .data("calibration", calibration.panel().orElse(null)), CsrfToken.of(csrf),
                identity.getPrincipal().getName());
    }

    private static String percent(Double rate) {
        return rate == null ? "-" : Math.round(rate * 1000) / 10.0 + "%";
    }
}
