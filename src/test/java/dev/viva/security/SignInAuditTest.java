package dev.viva.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-ins in the audit trail, as an admin reads them at GET /api/audit/sign-ins. */
@QuarkusTest
class SignInAuditTest {

    @Inject
    EntityManager entities;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ApiKeyRepository keys;

    @BeforeEach
    @AfterEach
    void emptyTheTrail() {
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("DELETE FROM {h-schema}sign_in_audit").executeUpdate();
            entities.createNativeQuery("DELETE FROM {h-schema}sign_in_attempt").executeUpdate();
            keys.deleteAll();
        });
    }

    private static String admin() {
        return SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
    }

    @Test
    void aFailedAndASuccessfulFormSignInAreInTheTrailNewestFirstWithTheAddressAndWithoutThePassword() {
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", SignIn.ADMIN).formParam("j_password", "not-the-password-42")
                .post("/j_security_check").then().header("Location", containsString("/login-error"));
        String session = admin();

        given().cookie(SignIn.SESSION_COOKIE, session).get("/api/audit/sign-ins?size=10")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].method", equalTo("form"))
                .body("items[0].outcome", equalTo("signed-in"))
                .body("items[0].principal", equalTo(SignIn.ADMIN))
                .body("items[0].clientAddress", equalTo("127.0.0.1"))
                .body("items[1].outcome", equalTo("failed"))
                .body("items[1].principal", equalTo(SignIn.ADMIN))
                .body(not(containsString("not-the-password-42")))
                .body(not(containsString(SignIn.ADMIN_PASSWORD)));
    }

    @Test
    void aWrongApiKeyIsInTheTrailByItsFirstCharactersOnly() {
        given().header("X-API-Key", "viva_wrongkey0123456789").get("/api/questions").then().statusCode(401);

        given().auth().oauth2(apiKeys.create("auditor", Roles.ADMIN, "test").key()).get("/api/audit/sign-ins")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].method", equalTo("api-key"))
                .body("items[0].outcome", equalTo("failed"))
                .body("items[0].principal", equalTo("viva_wrongk"))
                .body(not(containsString("viva_wrongkey0123456789")));
    }

    @Test
    void onlyAnAdminReadsTheSignInTrail() {
        given().auth().oauth2(apiKeys.create("reviewer", Roles.REVIEWER, "test").key()).get("/api/audit/sign-ins")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/audit/sign-ins").then().statusCode(401);
    }

    @Test
    void theTrailIsPaged() {
        for (int i = 0; i < 3; i++) {
            admin();
        }
        given().cookie(SignIn.SESSION_COOKIE, admin()).get("/api/audit/sign-ins?page=1&size=2")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("page", equalTo(1))
                .body("items.size()", equalTo(2));
    }
}
