package dev.viva.screening.rest;

import dev.viva.question.Viewer;
import dev.viva.screening.fairness.AdverseImpact;
import dev.viva.screening.fairness.AdverseImpactReport;
import dev.viva.security.Roles;
import dev.viva.support.Utf8Files;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adverse impact (admin only): demographic categories kept apart from the answers, and the four-fifths report. */
@Path("/api/screenings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screenings")
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class ScreeningFairnessResource {

    private final AdverseImpact adverseImpact;
    private final SecurityIdentity identity;

    public ScreeningFairnessResource(AdverseImpact adverseImpact, SecurityIdentity identity) {
        this.adverseImpact = adverseImpact;
        this.identity = identity;
    }

    public record CategoriesStored(int candidates) {
    }

    @PUT
    @Path("/demographics")
    @Consumes(ScreeningResource.CSV)
    @Operation(operationId = "replaceScreeningDemographics", summary = "Store candidates' demographic categories",
            description = "CSV candidateRef,category; replaces what was stored. Kept apart from the answers: never sent"
                    + " to a grader and never shown to reviewers. Any bad line stores nothing.")
    @RequestBody(required = true, content = @Content(mediaType = ScreeningResource.CSV,
            schema = @Schema(type = SchemaType.STRING)))
    public CategoriesStored demographics(@PathParam("id") String id, byte[] body) {
        return new CategoriesStored(adverseImpact.replaceCategories(ScreeningResource.uuid(id), Utf8Files.text(body),
                Viewer.of(identity)));
    }

    @GET
    @Path("/adverse-impact")
    @Operation(operationId = "getScreeningAdverseImpact", summary = "Selection rates and impact ratios per category",
            description = "Selected: a decision to advance, or a complete score >= threshold where there is no decision."
                    + " impactRatio is a category's rate over the highest; below 0.8 it is flagged (the four-fifths rule"
                    + " of NYC Local Law 144 bias audits). A category of fewer than 5 candidates is reported as too small.")
    public AdverseImpactReport report(@PathParam("id") String id,
            @QueryParam("threshold") @DefaultValue("60") @DecimalMin("0") @DecimalMax("100") double threshold) {
        return adverseImpact.report(ScreeningResource.uuid(id), BigDecimal.valueOf(threshold), Viewer.of(identity));
    }
}
