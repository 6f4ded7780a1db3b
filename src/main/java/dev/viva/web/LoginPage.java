package dev.viva.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The sign-in form (checked by Quarkus' form login at /j_security_check) and sign-out. */
@Path("/")
@PermitAll
public class LoginPage {

    private final Template login;
    private final io.quarkus.security.identity.SecurityIdentity identity;
    private final dev.viva.interview.InterviewsConfig interviews;

    public LoginPage(@Location("login.html") Template login, io.quarkus.security.identity.SecurityIdentity identity,
            dev.viva.interview.InterviewsConfig interviews) {
        this.login = login;
        this.identity = identity;
        this.interviews = interviews;
    }

    @GET
    @Path("login")
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response login(@CookieParam(CsrfToken.COOKIE) String csrf) {
        return Html.page(login.data("error", false).data("wait", null).data("signup", interviews.selfSignup()), CsrfToken.of(csrf), null);
    }

    /** Where a failed sign-in lands. */
    @GET
    @Path("login-error")
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response loginFailed(@CookieParam(CsrfToken.COOKIE) String csrf,
            @QueryParam("retry-after") String retryAfter, @QueryParam("locked") String locked) {
        return Html.page(login.data("error", true).data("wait", SignInWait.parse(retryAfter, "true".equals(locked)))
                .data("signup", interviews.selfSignup()),
                CsrfToken.of(csrf), null);
    }

    /** Where a sign-in lands: learners on their interviews, everyone else on the review queue. */
    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response home() {
        return Html.redirect(identity.hasRole(dev.viva.security.Roles.LEARNER) ? "/ui/interviews" : "/ui");
    }

    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout() {
        return Response.seeOther(java.net.URI.create("/login"))
                .cookie(new NewCookie.Builder("viva-session").value("").path("/").maxAge(0).build()).build();
    }
}
