package dev.viva.rubric.rest;

import dev.viva.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.viva.rubric.RubricConflict;
import dev.viva.rubric.RubricConflicts;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@Path("/api/rubrics/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubric versions")
public class RubricConflictResource {

    private final RubricConflicts conflicts;

    public RubricConflictResource(RubricConflicts conflicts) {
        this.conflicts = conflicts;
    }

    @GET
    @Operation(summary = "Rubric files held back at start-up",
            description = "Files that changed after a reviewer approved a version in the service: each is stored "
                    + "as a draft version and the reviewer's version stays active until a person decides.")
    public List<RubricConflict> list() {
        return conflicts.list();
    }
}
