package dev.viva.security;

import dev.viva.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failed sign-in and missing roles. The API answers 401 or 403 problem+json; a web page sends a
 * person who has not signed in to the login form, and one without the role to a short page saying so.
 */
public class SecurityProblems {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return notSignedIn(uri, "Sign in: send an API key (Authorization: Bearer <key> or X-API-Key) "
                + "or sign in to the web UI.");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        var throttled = SignInThrottled.behind(e);
        if (throttled.isPresent()) {
            return throttled(throttled.get(), uri);
        }
        return notSignedIn(uri, "The credentials are not valid (unknown or revoked API key, or wrong password).");
    }

    /**
     * Too many failed sign-ins: the API answers 429 with Retry-After, a person's browser goes back to the
     * login page, which says when to try again.
     */
    private static Response throttled(SignInThrottled e, UriInfo uri) {
        long seconds = e.retryAfterSeconds();
        if (isApi(uri)) {
            String detail = (e.locked() ? "Too many failed sign-ins from this client address: it is locked"
                    : "Too many failed sign-ins from this client address: wait") + " and try again in " + seconds + " s.";
            return Response.fromResponse(new Problem(Problem.typeFor(429), "Too many failed sign-ins", 429, detail,
                    URI.create(uri.getPath()), Map.of("retryAfterSeconds", seconds, "retryAt", e.retryAt().toString(),
                            "locked", e.locked()))
                    .toResponse()).header("Retry-After", seconds).build();
        }
        return Response.seeOther(URI.create("/login-error?retry-after=" + seconds + (e.locked() ? "&locked=true" : "")))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (isApi(uri)) {
            return new Problem(Problem.typeFor(403), "Forbidden", 403, "Your role may not do this.",
                    URI.create(uri.getPath()), Map.of()).toResponse();
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity("<!DOCTYPE html><html><head><title>Forbidden - Viva</title></head><body>"
                        + "<h1>Forbidden</h1><p id=\"forbidden\">Your role may not open this page. The web UI is for "
                        + "reviewers and admins.</p><form method=\"post\" action=\"/logout\"><button>Sign out</button>"
                        + "</form></body></html>")
                .build();
    }

    private static Response notSignedIn(UriInfo uri, String detail) {
        if (isApi(uri)) {
            return Response.fromResponse(new Problem(Problem.typeFor(401), "Unauthorized", 401, detail,
                    URI.create(uri.getPath()), Map.of()).toResponse()).header("WWW-Authenticate", "Bearer").build();
        }
        // a failed form sign-in lands on the login page with its error message; any other page on the plain form
        return Response.seeOther(URI.create(uri.getPath().endsWith("/j_security_check") ? "/login-error" : "/login"))
                .build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api");
    }
}
