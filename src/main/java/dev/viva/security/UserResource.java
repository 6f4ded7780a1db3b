package dev.viva.security;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins create the people who sign in to the web UI. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "People who sign in (admin only)")
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class UserResource {

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user", description = "role: admin, reviewer, client or learner (who practises mock interviews); the password has at least "
            + "viva.security.password.min-length characters (12) and is not a common one; it is stored as a bcrypt hash.")
    public Response create(@Valid @NotNull NewUser user) {
        return Response.status(201).entity(users.create(user.username(), user.password(), user.role())).build();
    }

    @PUT
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's password", description = "The same rules as on creation; a weak password "
            + "is a 400 and changes nothing.")
    public UserService.UserView changePassword(@PathParam("id") long id, @Valid @NotNull NewPassword password) {
        return users.changePassword(id, password.password());
    }

    @GET
    @Operation(summary = "List users", description = "Every user with their role; never a password or its hash.")
    public List<UserService.UserView> list() {
        return users.list();
    }

    public record NewUser(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            @NotNull @Size(max = 200) String password,
            @NotNull @Pattern(regexp = "admin|reviewer|client|learner") String role) {
    }

    public record NewPassword(@NotNull @Size(max = 200) String password) {
    }
}
