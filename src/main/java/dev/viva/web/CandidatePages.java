package dev.viva.web;

import dev.viva.screening.invitation.CandidateSession;
import dev.viva.screening.invitation.Invitations;
import dev.viva.support.DomainException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.PermitAll;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The candidate's pages: no account, the invitation token in the path is the only credential. They show
 * the screening's name, its questions and the candidate's own drafts, never a rubric, a model answer, a
 * score or another candidate (Invitations hands over nothing else). Every button saves the draft: a POST,
 * then a redirect (so reloading never posts twice). A spent, expired or unknown link gets a plain page.
 */
@Path("/take")
@PermitAll
@RunOnVirtualThread
public class CandidatePages {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            java.util.Locale.ENGLISH);

    private final Template intro;
    private final Template question;
    private final Template review;
    private final Template submitted;
    private final Template unavailable;
    private final Invitations invitations;

    public CandidatePages(@Location("take/intro.html") Template intro, @Location("take/question.html") Template question,
            @Location("take/review.html") Template review, @Location("take/submitted.html") Template submitted,
            @Location("take/unavailable.html") Template unavailable, Invitations invitations) {
        this.intro = intro;
        this.question = question;
        this.review = review;
        this.submitted = submitted;
        this.unavailable = unavailable;
        this.invitations = invitations;
    }

    @GET
    @Path("submitted")
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response thanks(@CookieParam(CsrfToken.COOKIE) String csrf) {
        return page(Response.Status.OK, submitted.instance(), csrf);
    }

    @GET
    @Path("{token}")
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response intro(@PathParam("token") String token, @CookieParam(CsrfToken.COOKIE) String csrf) {
        return live(csrf, () -> {
            CandidateSession session = invitations.open(token);
            return intro.data("session", session).data("token", token).data("expires", expiry(session));
        });
    }

    @GET
    @Path("{token}/{n: [0-9]{1,3}}")
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response question(@PathParam("token") String token, @PathParam("n") int n, @QueryParam("saved") String saved,
            @QueryParam("error") String error, @CookieParam(CsrfToken.COOKIE) String csrf) {
        return live(csrf, () -> {
            CandidateSession session = invitations.open(token);
            if (n < 1 || n > session.questions().size()) {
                throw DomainException.notFound("Question", Integer.toString(n));
            }
            CandidateSession.Question q = session.questions().get(n - 1);
            String draft = q.draft() == null ? "" : q.draft();
            return question.data("session", session).data("token", token).data("q", q).data("draft", draft)
                    .data("count", draft.length()).data("total", session.questions().size())
                    .data("last", n == session.questions().size()).data("saved", saved != null).data("error", error);
        });
    }

    /** Saves the draft, then goes where the button said: stay (save), previous, next, or the review page. */
    @POST
    @Path("{token}/{n: [0-9]{1,3}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("token") String token, @PathParam("n") int n,
            @FormParam(CsrfToken.FIELD) String csrfField, @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @FormParam("answer") String answer, @FormParam("go") String go) {
        return posted(csrfCookie, csrfField, () -> {
            CandidateSession session;
            try {
                session = invitations.saveDraft(token, n, answer);
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.INVALID_INPUT) {
                    throw e;
                }
                return Html.redirect(base(token) + "/" + n + "?error=" + Html.encode(e.getMessage()));
            }
            int total = session.questions().size();
            String target = switch (go == null ? "save" : go) {
                case "previous" -> base(token) + "/" + Math.max(1, n - 1);
                case "next" -> base(token) + "/" + Math.min(total, n + 1);
                case "review" -> base(token) + "/review";
                default -> base(token) + "/" + n + "?saved=1";
            };
            return Html.redirect(target);
        });
    }

    @GET
    @Path("{token}/review")
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response review(@PathParam("token") String token, @QueryParam("error") String error,
            @CookieParam(CsrfToken.COOKIE) String csrf) {
        return live(csrf, () -> review.data("session", invitations.open(token)).data("token", token)
                .data("error", error));
    }

    @POST
    @Path("{token}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(@PathParam("token") String token, @FormParam(CsrfToken.FIELD) String csrfField,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie) {
        return posted(csrfCookie, csrfField, () -> {
            try {
                invitations.submit(token);
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.UNPROCESSABLE) {
                    throw e;
                }
                return Html.redirect(base(token) + "/review?error=" + Html.encode(e.getMessage()));
            }
            return Html.redirect("/take/submitted");
        });
    }

    private Response live(String csrf, Supplier<TemplateInstance> view) {
        try {
            return page(Response.Status.OK, view.get(), csrf);
        } catch (DomainException e) {
            return unavailable(e, csrf);
        }
    }

    private Response posted(String csrfCookie, String csrfField, Supplier<Response> action) {
        if (!CsrfToken.matches(csrfCookie, csrfField)) {
            return page(Response.Status.FORBIDDEN, unavailable.data("title", "The form has expired")
                    .data("message", "Go back, reload the page and try again. Your saved drafts are kept."), csrfCookie);
        }
        try {
            return action.get();
        } catch (DomainException e) {
            return unavailable(e, csrfCookie);
        }
    }

    /** A plain page for a link that reaches nothing: unknown (404), or spent or expired (410). */
    private Response unavailable(DomainException e, String csrf) {
        return switch (e.kind()) {
            case NOT_FOUND -> page(Response.Status.NOT_FOUND, unavailable.data("title", "This link is not valid")
                    .data("message", "Check that you copied the whole link, or ask the hiring team for a new one."), csrf);
            case GONE -> page(Response.Status.GONE, unavailable.data("title", e.title()).data("message", e.getMessage()),
                    csrf);
            default -> throw e;
        };
    }

    private static Response page(Response.Status status, TemplateInstance template, String csrf) {
        Response response = Html.page(status, template, CsrfToken.of(csrf), null, Html.CSP_WITH_OWN_SCRIPTS);
        // the token is in the address and drafts are private: no cache keeps these pages
        return Response.fromResponse(response).header("Cache-Control", "no-store").build();
    }

    private static String base(String token) {
        return "/take/" + Html.segment(token);
    }

    private static String expiry(CandidateSession session) {
        return session.expiresAt().atZoneSameInstant(ZoneOffset.UTC).format(EXPIRY);
    }
}
