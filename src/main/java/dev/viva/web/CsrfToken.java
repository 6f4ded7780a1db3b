package dev.viva.web;

import dev.viva.problem.ProblemException;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection for the web UI's forms (double-submit): a random token lives in an HttpOnly,
 * SameSite=Strict cookie and in a hidden field of every form; a form POST whose field does not match
 * the cookie is refused with 403. Another site can neither read the cookie nor guess the token.
 */
public record CsrfToken(String value, boolean fresh) {

    public static final String COOKIE = "viva-csrf";
    public static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The request's token, or a new one to be set as a cookie with the page. */
    public static CsrfToken of(String cookie) {
        if (cookie != null && cookie.length() >= 32) {
            return new CsrfToken(cookie, false);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new CsrfToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
    }

    public static void verify(String cookie, String field) {
        if (!matches(cookie, field)) {
            throw new ProblemException(403, "Forbidden", "The form is missing its CSRF token or it does not match; "
                    + "reload the page and try again.");
        }
    }

    /** Whether the form's field carries the cookie's token. */
    public static boolean matches(String cookie, String field) {
        return cookie != null && field != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8));
    }

    public NewCookie cookie() {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
