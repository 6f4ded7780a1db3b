package dev.viva.people.rest;

import dev.viva.people.ErasureReceipt;
import dev.viva.people.Erasures;
import dev.viva.people.PersonExport;
import dev.viva.people.PersonExports;
import dev.viva.problem.ProblemException;
import dev.viva.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's rights over their data: erasure (GDPR Art. 17) and access in a portable form (Art. 15 and 20). */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Erase or export everything Viva holds about a candidate or learner")
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class PeopleResource {

    private final Erasures erasures;
    private final PersonExports exports;
    private final SecurityIdentity identity;

    public PeopleResource(Erasures erasures, PersonExports exports, SecurityIdentity identity) {
        this.erasures = erasures;
        this.exports = exports;
        this.identity = identity;
    }

    @DELETE
    @Path("/{ref}")
    @Operation(operationId = "erasePerson", summary = "Erase everything tied to a candidateRef or learnerRef",
            description = "Deletes the person's answers and evaluations (with reviewers' comments and webhook messages), "
                    + "interviews and follow-ups, screening candidacies, demographics, invitations with drafts, and a "
                    + "learner's account. Figures stay without the person (live agreement, scores per question, the "
                    + "audit's record that a decision was made). A small history is erased at once (200, status done); "
                    + "a large one on the job engine (202, status running, Location of the receipt), resumed after a "
                    + "crash. The receipt counts records per kind and stays as a tombstone that names no one.")
    @APIResponse(responseCode = "200", description = "Erased", content = @Content(schema = @Schema(implementation = ErasureReceipt.class)))
    @APIResponse(responseCode = "202", description = "Erasing on the job engine; poll the Location",
            content = @Content(schema = @Schema(implementation = ErasureReceipt.class)))
    @APIResponse(responseCode = "404", description = "Viva holds nothing about this reference; nothing is recorded")
    public Response erase(@PathParam("ref") String ref) {
        String person = checked(ref);
        if (!exports.holdsAnything(person)) {
            throw nothingHeld(person);
        }
        ErasureReceipt receipt = erasures.erase(person, identity.getPrincipal().getName());
        if (receipt.done()) {
            return Response.ok(receipt).build();
        }
        return Response.accepted(receipt).location(URI.create("/api/erasures/" + receipt.id())).build();
    }

    @GET
    @Path("/{ref}/export")
    @Operation(operationId = "exportPerson", summary = "Everything Viva holds about a person, as JSON",
            description = "Answers with scores, verdicts and their quotes, feedback, reviewers' decisions and reasons, "
                    + "screenings' decisions, invitations, interviews with follow-ups and reports, a learner's account. "
                    + "The answer key is not part of it: criteria by id, no descriptions, no model answers beyond a "
                    + "finished interview's report, which the learner was shown.")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(schema = @Schema(implementation = PersonExport.class)))
    @APIResponse(responseCode = "404", description = "Viva holds nothing about this reference")
    public Response export(@PathParam("ref") String ref) {
        String person = checked(ref);
        PersonExport export = exports.of(person).orElseThrow(() -> nothingHeld(person));
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"viva-personal-data.json\"").build();
    }

    /** A candidateRef or learnerRef as a path segment: 1 to 200 characters, no control characters. */
    private static String checked(String ref) {
        if (ref == null || ref.isBlank() || ref.length() > 200 || ref.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("ref: a candidateRef or learnerRef of 1 to 200 characters without control characters.");
        }
        return ref;
    }

    private static ProblemException nothingHeld(String ref) {
        return new ProblemException(404, "Nothing held", "Viva holds no data about the reference '" + ref + "'.");
    }
}
