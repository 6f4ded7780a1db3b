package dev.viva.web;

import dev.viva.interview.InterviewsConfig;
import dev.viva.problem.ProblemException;
import dev.viva.security.Roles;
import dev.viva.security.UserService;
import dev.viva.support.DomainException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Self-registration of learners, when {@code viva.interviews.self-signup=true}; otherwise the page does not exist
 * and an admin creates learner accounts. The password rules are those of every user.
 */
@Path("/signup")
@PermitAll
@RunOnVirtualThread
public class SignupPage {

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final Template page;
    private final UserService users;
    private final InterviewsConfig config;

    public SignupPage(@Location("signup.html") Template page, UserService users, InterviewsConfig config) {
        this.page = page;
        this.users = users;
        this.config = config;
    }

    @GET
    @Produces(Html.TYPE)
    @Operation(hidden = true)
    public Response form(@QueryParam("error") String error, @CookieParam(CsrfToken.COOKIE) String csrf) {
        requireEnabled();
        return Html.page(page.data("error", error), CsrfToken.of(csrf), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signUp(@FormParam(CsrfToken.FIELD) String csrfField, @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @FormParam("username") String username, @FormParam("password") String password) {
        requireEnabled();
        CsrfToken.verify(csrfCookie, csrfField);
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Html.redirect("/signup?error=" + Html.encode("Choose a user name of letters, digits and . _ @ - only."));
        }
        try {
            users.create(username, password == null ? "" : password, Roles.LEARNER);
            return Html.redirect("/login");
        } catch (DomainException e) {
            return Html.redirect("/signup?error=" + Html.encode(e.getMessage()));
        }
    }

    private void requireEnabled() {
        if (!config.selfSignup()) {
            throw new ProblemException(404, "Not found", "Learners are created by an admin here.");
        }
    }
}
