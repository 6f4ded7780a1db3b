package dev.viva.interview.rest;

import dev.viva.interview.InterviewQueries;
import dev.viva.interview.InterviewRequest;
import dev.viva.interview.LearnerProgress;
import dev.viva.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A learner's progress over their mock interviews. */
@RolesAllowed({Roles.LEARNER, Roles.CLIENT, Roles.ADMIN, Roles.REVIEWER})
@Path("/api/learners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews", description = "Mock interviews for learners: questions, follow-ups, report")
@RunOnVirtualThread
public class LearnerResource {

    private final InterviewQueries queries;
    private final SecurityIdentity identity;

    public LearnerResource(InterviewQueries queries, SecurityIdentity identity) {
        this.queries = queries;
        this.identity = identity;
    }

    @GET
    @Path("/{learnerRef}/progress")
    @Operation(summary = "A learner's progress", description = "Per topic, the mean score of each finished interview "
            + "that asked about it, oldest first, and the change from the first to the last. A learner reads only "
            + "their own; an API key only the learners it ran interviews for.")
    @APIResponse(responseCode = "200", description = "The progress")
    @APIResponse(responseCode = "400", description = "Invalid learnerRef (problem+json)")
    @APIResponse(responseCode = "404", description = "No interviews of this learner for the caller (problem+json)")
    public LearnerProgress progress(@PathParam("learnerRef") @Pattern(regexp = InterviewRequest.LEARNER_REF) String learnerRef) {
        return queries.progress(Callers.of(identity), learnerRef);
    }
}
