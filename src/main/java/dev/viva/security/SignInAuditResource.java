package dev.viva.security;

import dev.viva.support.Page;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins read who signed in, who failed and who was made to wait. */
@Path("/api/audit/sign-ins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "People who sign in (admin only)")
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class SignInAuditResource {

    private final SignInAudit audit;

    public SignInAuditResource(SignInAudit audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The sign-in audit trail, newest first", description = "Form sign-ins (signed-in, failed, "
            + "throttled) and failed API keys (the first characters of the key only), with the client address.")
    public Page<SignInAudit.SignInView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return audit.newestFirst(page, size);
    }
}
