package dev.viva.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Real credentials for tests: a form login session cookie. */
public final class SignIn {

    public static final String ADMIN = "admin";
    /** The test profile's first-admin password (application.properties). */
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String SESSION_COOKIE = "viva-session";

    private SignIn() {
    }

    /** Signs in through the login form and returns the session cookie's value. */
    public static String session(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check")
                .then().statusCode(302)
                .extract().cookie(SESSION_COOKIE);
    }
}
