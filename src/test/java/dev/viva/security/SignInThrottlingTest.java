package dev.viva.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in that resists guessing, with short waits: 3 free failures, then 200 ms doubling (at most 1 s), and
 * the 6th failure locks for 3 s. Every request of a test comes from 127.0.0.1, so the address counts too.
 */
@QuarkusTest
@TestProfile(SignInThrottlingTest.ShortWaits.class)
class SignInThrottlingTest {

    public static class ShortWaits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("viva.security.sign-in.free-failures", "3",
                    "viva.security.sign-in.base-delay", "200ms",
                    "viva.security.sign-in.max-delay", "1s",
                    "viva.security.sign-in.max-failures", "6",
                    "viva.security.sign-in.lock-duration", "3s");
        }
    }

    @Inject
    EntityManager entities;

    @Inject
    UserService users;

    @Inject
    UserRepository userRows;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ApiKeyRepository keys;

    @AfterEach
    void forgetTheFailures() {
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("DELETE FROM {h-schema}sign_in_attempt").executeUpdate();
            entities.createNativeQuery("DELETE FROM {h-schema}sign_in_audit").executeUpdate();
            keys.deleteAll();
            userRows.delete("username <> ?1", SignIn.ADMIN);
        });
    }

    private static Response signIn(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }

    private Duration waitOf(String scope, String subject) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entities.createNativeQuery(
                "SELECT last_failure_at, blocked_until FROM {h-schema}sign_in_attempt WHERE scope = ?1 AND subject = ?2",
                Object[].class).setParameter(1, scope).setParameter(2, subject).getSingleResult());
        return row[1] == null ? Duration.ZERO : Duration.between(instant(row[0]), instant(row[1]));
    }

    private static java.time.Instant instant(Object value) {
        return value instanceof OffsetDateTime o ? o.toInstant() : (java.time.Instant) value;
    }

    @Test
    void afterThreeWrongPasswordsTheNextAttemptIsRefusedEvenWithTheRightOneAndTheLoginPageSaysWhenToTryAgain() {
        users.create("maria", "a long passphrase", Roles.REVIEWER);
        for (int i = 0; i < 3; i++) {
            signIn("maria", "wrong password").then().header("Location", endsWith("/login-error"));
        }

        String location = signIn("maria", "a long passphrase").then().statusCode(303)
                .extract().header("Location");

        assertThat(location).endsWith("/login-error?retry-after=1");
        given().get(location).then().statusCode(200)
                .body(containsString("Too many failed sign-ins for this account or address. Try again in 1 second."));
    }

    @Test
    void theWaitOfAnAccountDoublesWithEachFurtherFailureUntilTheLock() throws InterruptedException {
        users.create("maria", "a long passphrase", Roles.REVIEWER);
        signIn("maria", "wrong 1");
        signIn("maria", "wrong 2");
        assertThat(waitOf("account", "maria")).isZero();
        signIn("maria", "wrong 3");
        assertThat(waitOf("account", "maria")).isEqualTo(Duration.ofMillis(200));
        Thread.sleep(250);
        signIn("maria", "wrong 4");
        assertThat(waitOf("account", "maria")).isEqualTo(Duration.ofMillis(400));
        Thread.sleep(450);
        signIn("maria", "wrong 5");
        assertThat(waitOf("account", "maria")).isEqualTo(Duration.ofMillis(800));
        Thread.sleep(850);
        signIn("maria", "wrong 6");
        assertThat(waitOf("account", "maria")).isEqualTo(Duration.ofSeconds(3));

        String location = signIn("maria", "a long passphrase").then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/login-error?retry-after=3&locked=true");
        given().get(location).then().statusCode(200)
                .body(containsString("sign-in is locked for this account or address. Try again in 3 seconds."));
    }

    @Test
    void anAttemptDuringTheWaitIsNotCountedAsAFailure() {
        for (int i = 0; i < 3; i++) {
            signIn("maria", "wrong password");
        }
        signIn("maria", "wrong password").then().header("Location", containsString("retry-after"));
        signIn("maria", "wrong password").then().header("Location", containsString("retry-after"));

        assertThat(waitOf("account", "maria")).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailuresButNotTheAddresss() {
        users.create("maria", "a long passphrase", Roles.REVIEWER);
        signIn("maria", "wrong 1");
        signIn("maria", "wrong 2");

        signIn("maria", "a long passphrase").then().statusCode(302).header("Location", endsWith("/"));

        long accountRows = QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "SELECT count(*) FROM {h-schema}sign_in_attempt WHERE scope = 'account'").getSingleResult()).longValue());
        assertThat(accountRows).isZero();
        int addressFailures = QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "SELECT failures FROM {h-schema}sign_in_attempt WHERE scope = 'address'").getSingleResult()).intValue());
        assertThat(addressFailures).isEqualTo(2);
    }

    @Test
    void wrongPasswordsForDifferentAccountsFromOneAddressMakeTheAddressWait() {
        signIn("anna", "wrong password");
        signIn("bruno", "wrong password");
        signIn("chen", "wrong password");

        signIn(SignIn.ADMIN, SignIn.ADMIN_PASSWORD).then().statusCode(303)
                .header("Location", endsWith("/login-error?retry-after=1"));
        assertThat(waitOf("address", "127.0.0.1")).isEqualTo(Duration.ofMillis(200));
        assertThat(waitOf("account", "chen")).isZero();
    }

    @Test
    void afterThreeWrongOrRevokedApiKeysFromOneAddressEvenARightKeyGets429ProblemJsonWithRetryAfter()
            throws InterruptedException {
        String right = apiKeys.create("platform", Roles.CLIENT, "test").key();
        var revoked = apiKeys.create("old-platform", Roles.CLIENT, "test");
        apiKeys.revoke(revoked.apiKey().id());
        given().header("X-API-Key", "viva_guess-1").get("/api/questions").then().statusCode(401);
        given().header("X-API-Key", "viva_guess-2").get("/api/questions").then().statusCode(401);
        given().auth().oauth2(revoked.key()).get("/api/questions").then().statusCode(401);

        given().auth().oauth2(right).get("/api/questions")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("title", equalTo("Too many failed sign-ins"))
                .body("detail", equalTo("Too many failed sign-ins from this client address: wait and try again in 1 s."))
                .body("retryAfterSeconds", equalTo(1));

        Thread.sleep(250);
        given().auth().oauth2(right).get("/api/questions").then().statusCode(200);
    }
}
