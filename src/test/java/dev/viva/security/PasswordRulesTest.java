package dev.viva.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user's password has at least 12 characters and is not a common one; a weak one creates or changes nothing. */
@QuarkusTest
class PasswordRulesTest {

    @Inject
    UserRepository users;

    @Inject
    UserService userService;

    @AfterEach
    void removeUsers() {
        QuarkusTransaction.requiringNew().run(() -> users.delete("username <> ?1", SignIn.ADMIN));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "too short           | short-pass1  | must have at least 12 characters",
            "common              | password1234 | is one of the most common passwords",
            "common, long        | qwertyuiop123 | is one of the most common passwords",
            "common, other case  | IloveYou1234 | is one of the most common passwords" })
    void aWeakPasswordIsA400ProblemNamingTheFieldAndCreatesNoUser(String why, String password, String message) {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON)
                .body(Map.of("username", "maria", "password", password, "role", "reviewer"))
                .post("/api/users")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("password"))
                .body("violations[0].message", containsString(message));

        assertThat(users.findByUsername("maria")).isEmpty();
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheOldOneStillSignsIn() {
        long id = userService.create("maria", "a long passphrase", Roles.REVIEWER).id();
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);

        given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON)
                .body(Map.of("password", "Password12345")).put("/api/users/" + id + "/password")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("password"));

        SignIn.session("maria", "a long passphrase");
    }

    @Test
    void aStrongNewPasswordReplacesTheOldOne() {
        long id = userService.create("maria", "a long passphrase", Roles.REVIEWER).id();
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);

        given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON)
                .body(Map.of("password", "another long passphrase")).put("/api/users/" + id + "/password")
                .then().statusCode(200).body("username", equalTo("maria"));

        SignIn.session("maria", "another long passphrase");
    }
}
