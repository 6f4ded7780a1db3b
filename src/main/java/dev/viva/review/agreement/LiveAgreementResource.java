package dev.viva.review.agreement;

import dev.viva.security.Roles;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Live agreement: how often reviewers change Viva's verdicts, per version, question, criterion and week. */
@Path("/api/agreement/live")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "Per-criterion overrides and the audit trail")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class LiveAgreementResource {

    private final LiveAgreement agreement;

    public LiveAgreementResource(LiveAgreement agreement) {
        this.agreement = agreement;
    }

    @GET
    @Operation(summary = "Live agreement with reviewers", description = "Reviewed evaluations grouped by (question, "
            + "rubric version, prompt hash, model): reviewed and changed criterion verdicts and the agreement rate, "
            + "per criterion and per ISO week of review. from/to (ISO date or date-time) bound the time of review.")
    public LiveAgreementReport live(@QueryParam("questionId") String questionId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return agreement.report(questionId, from, to);
    }
}
