package dev.viva.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The session a sign-in starts, its cookie, and the headers every page carries. */
@QuarkusTest
class SessionAndHeadersTest {

    private static Response signInSending(String sessionCookie) {
        var request = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", SignIn.ADMIN).formParam("j_password", SignIn.ADMIN_PASSWORD);
        if (sessionCookie != null) {
            request.cookie(SignIn.SESSION_COOKIE, sessionCookie);
        }
        return request.post("/j_security_check");
    }

    @Test
    void signingInStartsANewSessionWhateverSessionCookieWasSentBefore() {
        String planted = "attacker-chosen-session-value";
        String first = signInSending(planted).then().statusCode(302).extract().cookie(SignIn.SESSION_COOKIE);
        String second = signInSending(first).then().statusCode(302).extract().cookie(SignIn.SESSION_COOKIE);

        assertThat(first).isNotNull().isNotEqualTo(planted);
        assertThat(second).isNotNull().isNotEqualTo(first);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndNotSecureOverPlainHttp() {
        String setCookie = signInSending(null).then().statusCode(302).extract().headers().getValues("Set-Cookie")
                .stream().filter(c -> c.startsWith(SignIn.SESSION_COOKIE + "=")).findFirst().orElseThrow();

        assertThat(setCookie).startsWith(SignIn.SESSION_COOKIE + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").doesNotContainIgnoringCase("Secure;")
                .doesNotEndWithIgnoringCase("Secure");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/login", "/ui" })
    void theLoginPageAndASignedInPageForbidFramingReferrersAndDeviceFeatures(String page) {
        String session = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        given().cookie(SignIn.SESSION_COOKIE, session).redirects().follow(false).get(page)
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Permissions-Policy", containsString("camera=()"))
                .header("Permissions-Policy", containsString("microphone=()"))
                .header("Permissions-Policy", containsString("geolocation=()"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
