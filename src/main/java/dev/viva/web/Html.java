package dev.viva.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A page's response: its template with the CSRF token and the signed-in user, rendered by
 * quarkus-rest-qute, with the page headers (and the CSRF cookie when the token is new).
 */
final class Html {

    static final String TYPE = "text/html;charset=UTF-8";
    /**
     * Only for pages: Swagger UI and the Dev UI run scripts. Referrer-Policy and Permissions-Policy are on
     * every response (quarkus.http.header.* in application.properties).
     */
    static final String CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    /** For pages that load script files of Viva's own (counters, countdown); still nothing inline. */
    static final String CSP_WITH_OWN_SCRIPTS = CSP.replace("script-src 'none'", "script-src 'self'");

    private Html() {
    }

    static Response page(TemplateInstance template, CsrfToken csrf, String user) {
        return page(Response.Status.OK, template, csrf, user, CSP);
    }

    /** @param ownScripts the page loads script files from Viva itself (progressive enhancement only) */
    static Response page(TemplateInstance template, CsrfToken csrf, String user, boolean ownScripts) {
        return page(Response.Status.OK, template, csrf, user, ownScripts ? CSP_WITH_OWN_SCRIPTS : CSP);
    }

    static Response page(Response.Status status, TemplateInstance template, CsrfToken csrf, String user, String csp) {
        TemplateInstance body = template.data("csrf", csrf.value()).data("user", user);
        Response.ResponseBuilder response = Response.status(status).entity(body).type(MediaType.valueOf(TYPE))
                .header("Content-Security-Policy", csp)
                .header("X-Content-Type-Options", "nosniff");
        if (csrf.fresh()) {
            response.cookie(csrf.cookie());
        }
        return response.build();
    }

    static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A value as one path segment: URLEncoder's '+' means a space only in a query. */
    static String segment(String value) {
        return encode(value).replace("+", "%20");
    }
}
