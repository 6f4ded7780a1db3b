package dev.viva.web;

import dev.viva.evaluation.LearnerFeedback;
import dev.viva.grading.GradingConfig;
import dev.viva.interview.AnswerRequest;
import dev.viva.interview.Caller;
import dev.viva.interview.Interview;
import dev.viva.interview.InterviewAnswers;
import dev.viva.interview.InterviewQueries;
import dev.viva.interview.InterviewRequest;
import dev.viva.interview.InterviewService;
import dev.viva.interview.InterviewView;
import dev.viva.interview.Prompt;
import dev.viva.problem.ProblemException;
import dev.viva.security.Roles;
import dev.viva.support.DomainException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A learner's mock interview in the browser: start one, answer question by question (with the feedback on each
 * answer and the follow-up when one is asked), finish. The report and progress are {@link InterviewReportPages}.
 */
@Path("/ui/interviews")
@RolesAllowed({Roles.LEARNER, Roles.ADMIN, Roles.REVIEWER})
@RunOnVirtualThread
public class InterviewPages {

    private final Template start;
    private final Template answer;
    private final InterviewService interviews;
    private final InterviewAnswers answers;
    private final InterviewQueries queries;
    private final GradingConfig grading;
    private final SecurityIdentity identity;

    public InterviewPages(@Location("interview-start.html") Template start, @Location("interview.html") Template answer,
            InterviewService interviews, InterviewAnswers answers, InterviewQueries queries, GradingConfig grading,
            SecurityIdentity identity) {
        this.start = start;
        this.answer = answer;
        this.interviews = interviews;
        this.answers = answers;
        this.queries = queries;
        this.grading = grading;
        this.identity = identity;
    }

    @TemplateData
    public record TopicOption(String name, int questions) {
    }

    @TemplateData
    public record Past(String href, String when, String topic, String status) {
    }

    @TemplateData
    public record Asking(String id, String heading, String text, boolean followUp, String topic, String timeLeft,
            long deadlineEpochSeconds, int maxChars) {
    }

    @TemplateData
    public record LastFeedback(String question, String score, String band, List<String> strengths, List<String> missing,
            String nextStep, boolean late, String followUpOutcome) {
    }

    static Caller caller(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Roles.LEARNER),
                identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.REVIEWER));
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response startPage(@QueryParam("error") String error, @CookieParam(CsrfToken.COOKIE) String csrf) {
        Caller caller = caller(identity);
        List<TopicOption> topics = queries.topics(caller).entrySet().stream()
                .map(t -> new TopicOption(t.getKey(), t.getValue())).toList();
        List<Past> past = queries.ofLearner(caller, caller.principal()).stream().map(InterviewPages::past).toList();
        return Html.page(start.data("topics", topics).data("past", past).data("error", error), CsrfToken.of(csrf),
                caller.principal());
    }

    private static Past past(Interview i) {
        boolean running = i.inProgress();
        return new Past("/ui/interviews/" + i.id + (running ? "" : "/report"), EvaluationPageModel.when(i.createdAt),
                i.topic == null ? "All topics" : i.topic, running ? "in progress: continue" : "finished: report");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response startInterview(@FormParam(CsrfToken.FIELD) String csrfField,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie, @FormParam("topic") String topic,
            @FormParam("questionCount") String questionCount, @FormParam("timeLimit") String timeLimit,
            @FormParam("followUps") String followUps) {
        CsrfToken.verify(csrfCookie, csrfField);
        Caller caller = caller(identity);
        try {
            var request = new InterviewRequest(caller.principal(), topic == null || topic.isBlank() ? null : topic,
                    null, number(questionCount, 1, 20, "questionCount"), followUps != null,
                    number(timeLimit, 10, 7200, "timeLimit"));
            return Html.redirect("/ui/interviews/" + interviews.start(caller, request).id());
        } catch (DomainException e) {
            return Html.redirect("/ui/interviews?error=" + Html.encode(e.getMessage()));
        }
    }

    private static Integer number(String value, int min, int max, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.invalidInput(name + " must be a whole number from " + min + " to " + max + ".");
    }

    @GET
    @Path("{id}")
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id, @QueryParam("error") String error,
            @CookieParam(CsrfToken.COOKIE) String csrf) {
        UUID uuid = ProblemException.uuidOrNotFound("Interview", id);
        InterviewView view = queries.view(caller(identity), uuid);
        if (view.current() == null) {
            return Html.redirect("/ui/interviews/" + uuid + "/report");
        }
        Prompt p = view.current();
        int index = p.index() != null ? p.index() : view.asked().size();
        String heading = p.followUp() != null ? "Follow-up on question " + index + " of " + view.questionCount()
                : "Question " + index + " of " + view.questionCount();
        String timeLeft = null;
        long deadline = 0;
        if (p.deadline() != null) {
            Duration left = Duration.between(OffsetDateTime.now(), p.deadline());
            timeLeft = left.isNegative() ? "Time is up: your answer will be marked late"
                    : left.toMinutes() + " min " + left.toSecondsPart() + " s";
            deadline = p.deadline().toEpochSecond();
        }
        Asking asking = new Asking(uuid.toString(), heading,
                p.followUp() != null ? p.followUp().text() : p.text(), p.followUp() != null,
                p.topic(), timeLeft, deadline, grading.maxAnswerChars());
        return Html.page(answer.data("a", asking).data("last", lastFeedback(view)).data("error", error), CsrfToken.of(csrf),
                identity.getPrincipal().getName(), true);
    }

    private static LastFeedback lastFeedback(InterviewView view) {
        if (view.asked().isEmpty()) {
            return null;
        }
        InterviewView.Asked last = view.asked().getLast();
        LearnerFeedback f = last.feedback();
        String outcome = null;
        if (last.followUp() != null && last.followUp().answered()) {
            outcome = last.followUp().metAfterFollowUp()
                    ? "Your answer to the follow-up covered the point \"" + last.followUp().title() + "\": it now counts, in part."
                    : "Your answer to the follow-up did not yet cover the point \"" + last.followUp().title() + "\".";
        }
        return new LastFeedback(last.text(), f == null || f.score() == null ? "not graded yet" : f.score().toPlainString(),
                f == null || f.band() == null ? "" : f.band().name().toLowerCase(java.util.Locale.ROOT),
                f == null ? List.of() : f.strengths(), f == null ? List.of() : f.missing(), f == null ? null : f.nextStep(),
                last.late(), outcome);
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(@PathParam("id") String id, @FormParam(CsrfToken.FIELD) String csrfField,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie, @FormParam("answer") String text) {
        CsrfToken.verify(csrfCookie, csrfField);
        UUID uuid = ProblemException.uuidOrNotFound("Interview", id);
        try {
            var outcome = answers.answer(caller(identity), uuid, new AnswerRequest(text == null ? "" : text).answer());
            return Html.redirect("/ui/interviews/" + uuid + (outcome.next() == null ? "/report" : ""));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Html.redirect("/ui/interviews/" + uuid + "?error=" + Html.encode(e.getMessage()));
        }
    }

    @POST
    @Path("{id}/finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response finish(@PathParam("id") String id, @FormParam(CsrfToken.FIELD) String csrfField,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie) {
        CsrfToken.verify(csrfCookie, csrfField);
        UUID uuid = ProblemException.uuidOrNotFound("Interview", id);
        interviews.finish(caller(identity), uuid);
        return Html.redirect("/ui/interviews/" + uuid + "/report");
    }
}
