package dev.viva.security;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.viva.ratelimit.LimitChange;
import dev.viva.ratelimit.WholeNumber;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins create API keys (shown once), list them, change their rate limits and revoke them. */
@Path("/api/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys for API callers (admin only)")
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class ApiKeyResource {

    private final ApiKeyService keys;
    private final SecurityIdentity identity;

    public ApiKeyResource(ApiKeyService keys, SecurityIdentity identity) {
        this.keys = keys;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key", description = "The answer holds the key; it is stored only as a hash "
            + "and never shown again. Send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'. It also holds "
            + "webhookSecret (whsec_...), which signs the key's webhooks (Standard Webhooks); keep it, it is shown once.")
    public Response create(@Valid @NotNull NewApiKey key) {
        return Response.status(201).entity(keys.create(key.name(), key.role(), identity.getPrincipal().getName(),
                new LimitChange(key.requestsPerMinute(), key.gradingsInFlight()), key.webhookAllowedHosts())).build();
    }

    @POST
    @Path("/{id}/webhook-secret")
    @Operation(summary = "Rotate a key's webhook secret", description = "Returns the new secret once; webhooks are "
            + "signed with it from now on, and the old one stops at once.")
    public ApiKeyService.WebhookSecret rotateWebhookSecret(@PathParam("id") long id) {
        return keys.rotateWebhookSecret(id);
    }

    @GET
    @Operation(summary = "List API keys (without the keys)",
            description = "Every key with its role, prefix, principal, rate limits in effect and webhook hosts; never the key or its secret.")
    public List<ApiKeyService.ApiKeyView> list() {
        return keys.list();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an API key's rate limits", description = "requestsPerMinute, gradingsInFlight or "
            + "both; a field left out stays as it is, 0 returns it to the default (viva.rate-limit.*).")
    public ApiKeyService.ApiKeyView changeLimits(@PathParam("id") long id, @Valid @NotNull LimitChange limits) {
        return keys.changeLimits(id, limits);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "It stops working at once; the record stays.")
    public ApiKeyService.ApiKeyView revoke(@PathParam("id") long id) {
        return keys.revoke(id);
    }

    /** Limits left out (or 0) are the defaults. */
    public record NewApiKey(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String name,
            @NotNull @Pattern(regexp = "admin|reviewer|client") String role,
            @PositiveOrZero @JsonDeserialize(using = WholeNumber.class) Integer requestsPerMinute,
            @PositiveOrZero @JsonDeserialize(using = WholeNumber.class) Integer gradingsInFlight,
            @Size(max = 20) List<@NotBlank @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9.-]+") String> webhookAllowedHosts) {
    }
}
