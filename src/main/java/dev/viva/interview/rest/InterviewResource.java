package dev.viva.interview.rest;

import dev.viva.interview.AnswerOutcome;
import dev.viva.interview.AnswerRequest;
import dev.viva.interview.InterviewAnswers;
import dev.viva.interview.InterviewQueries;
import dev.viva.interview.InterviewReport;
import dev.viva.interview.InterviewRequest;
import dev.viva.interview.InterviewService;
import dev.viva.interview.InterviewStarted;
import dev.viva.interview.InterviewView;
import dev.viva.problem.ProblemException;
import dev.viva.ratelimit.CountedAsGradingInFlight;
import dev.viva.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mock interviews: a learner (signed in) or a client API key acting for a learner it names answers questions one
 * at a time, is asked one follow-up on a missed point, and gets a report once finished. Until then nothing of
 * the answer key is returned.
 */
@RolesAllowed({Roles.LEARNER, Roles.CLIENT, Roles.ADMIN, Roles.REVIEWER})
@Path("/api/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews", description = "Mock interviews for learners: questions, follow-ups, report")
@RunOnVirtualThread
public class InterviewResource {

    private final InterviewService interviews;
    private final InterviewAnswers answers;
    private final InterviewQueries queries;
    private final SecurityIdentity identity;

    public InterviewResource(InterviewService interviews, InterviewAnswers answers, InterviewQueries queries,
            SecurityIdentity identity) {
        this.interviews = interviews;
        this.answers = answers;
        this.queries = queries;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a mock interview", description = "Chooses the questions (of the topic, the "
            + "questionIds given, or spread evenly across all topics; least recently answered by this learner first, "
            + "none twice) and answers with the first one. An API key names the learner (learnerRef); a signed-in "
            + "learner is always themself.")
    @APIResponse(responseCode = "201", description = "Started; the first question")
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json)")
    @APIResponse(responseCode = "404", description = "A question of questionIds does not exist for the caller (problem+json)")
    @APIResponse(responseCode = "409", description = "A question of questionIds has no approved rubric (problem+json)")
    @APIResponse(responseCode = "422", description = "The topic has no question with an approved rubric (problem+json)")
    public Response start(@Valid @NotNull InterviewRequest request, UriInfo uri) {
        InterviewStarted started = interviews.start(Callers.of(identity), request);
        return Response.created(uri.getBaseUriBuilder().path("api/interviews").path(started.id().toString()).build())
                .entity(started).build();
    }

    @GET
    @Path("/topics")
    @Operation(summary = "Topics to practise", description = "Each topic that has questions with an approved rubric, "
            + "with their number.")
    public Map<String, Integer> topics() {
        return queries.topics(Callers.of(identity));
    }

    @POST
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer what is asked now", description = "The answer to the current question (graded as an "
            + "evaluation) or to its follow-up (graded against that one point). Answers with the learner-safe "
            + "feedback and what comes next: the next question, {followUp: {text, criterionId}}, or null when the "
            + "interview is over. An answer after the time limit is kept and marked late.")
    @APIResponse(responseCode = "200", description = "Graded (or stored as ungraded when grading failed)")
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json)")
    @APIResponse(responseCode = "404", description = "No such interview, or another learner's (problem+json)")
    @APIResponse(responseCode = "409", description = "The interview is finished (problem+json)")
    @CountedAsGradingInFlight
    public AnswerOutcome answer(@PathParam("id") String id, @Valid @NotNull AnswerRequest answer) {
        return answers.answer(Callers.of(identity), ProblemException.uuidOrNotFound("Interview", id), answer.answer());
    }

    @POST
    @Path("/{id}/finish")
    @Operation(summary = "Finish the interview", description = "Ends it now (questions left unanswered score 0); the "
            + "report becomes available. Finishing a finished interview changes nothing.")
    @APIResponse(responseCode = "200", description = "The finished interview")
    @APIResponse(responseCode = "404", description = "No such interview, or another learner's (problem+json)")
    public InterviewView finish(@PathParam("id") String id) {
        UUID uuid = ProblemException.uuidOrNotFound("Interview", id);
        interviews.finish(Callers.of(identity), uuid);
        return queries.view(Callers.of(identity), uuid);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an interview", description = "What was asked and answered so far with learner-safe "
            + "feedback, and what is asked now. Never a model answer, criterion description, example or weight.")
    @APIResponse(responseCode = "200", description = "The interview")
    @APIResponse(responseCode = "404", description = "No such interview, or another learner's (problem+json)")
    public InterviewView get(@PathParam("id") String id) {
        return queries.view(Callers.of(identity), ProblemException.uuidOrNotFound("Interview", id));
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "The interview's report", description = "Once finished: the overall score; per question the "
            + "score, verdicts by learner-safe titles, strengths, missing, next step, follow-up outcome, late flag and "
            + "the model answer; per topic the mean score and its change since the learner's previous interview on it.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such interview, or another learner's (problem+json)")
    @APIResponse(responseCode = "409", description = "The interview is still in progress (problem+json)")
    public InterviewReport report(@PathParam("id") String id) {
        return queries.report(Callers.of(identity), ProblemException.uuidOrNotFound("Interview", id));
    }
}
