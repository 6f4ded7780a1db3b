package dev.viva.people.rest;

import dev.viva.people.ErasureReceipt;
import dev.viva.people.Erasures;
import dev.viva.problem.ProblemException;
import dev.viva.security.Roles;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure receipts: while an erasure runs, its progress; afterwards the tombstone (who, when, how many). */
@Path("/api/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data")
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class ErasureResource {

    private final Erasures erasures;

    public ErasureResource(Erasures erasures) {
        this.erasures = erasures;
    }

    @GET
    @Operation(operationId = "listErasures", summary = "The 100 newest erasures", description = "Tombstones and running erasures; none names the person.")
    public List<ErasureReceipt> recent() {
        return erasures.recent(100);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getErasure", summary = "One erasure's receipt", description = "Counts per kind so far while running; the tombstone once done.")
    public ErasureReceipt get(@PathParam("id") String id) {
        return erasures.receipt(ProblemException.uuidOrNotFound("Erasure", id))
                .orElseThrow(() -> ProblemException.notFound("Erasure", id));
    }
}
