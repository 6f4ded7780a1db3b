package dev.viva.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who may do what, proved with real credentials: API keys and the login form, no test identities. */
@QuarkusTest
class SignInAndRolesTest {

    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while I/O "
            + "happens in the background; finished callbacks are queued and run when the call stack is empty.";

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ApiKeyRepository keys;

    @Inject
    UserRepository users;

    @Inject
    EvaluationRepository evaluations;

    @AfterEach
    void removeKeysUsersAndEvaluations() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
            keys.deleteAll();
            users.delete("username <> ?1", SignIn.ADMIN);
        });
    }

    private String key(String role) {
        return apiKeys.create(role + "-" + UUID.randomUUID(), role, "test").key();
    }

    @Test
    void answersAnApiCallWithoutCredentialsWith401ProblemJson() {
        given().get("/api/questions")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void answersAnUnknownApiKeyWith401ProblemJson() {
        given().header("X-API-Key", "viva_not-a-key").get("/api/questions")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer viva_not-a-key").get("/api/questions")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void letsAClientReadTheBankWithItsKeyAsHeaderOrBearerToken() {
        String key = key(Roles.CLIENT);
        given().header("X-API-Key", key).get("/api/questions").then().statusCode(200);
        given().auth().oauth2(key).get("/api/questions/what-event-loop").then().statusCode(200)
                .body("modelAnswer", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void refusesAClientWhatOnlyReviewersAndAdminsMayDoWith403ProblemJson() {
        String key = key(Roles.CLIENT);
        given().auth().oauth2(key).contentType("text/markdown").body("***What is a test?***\n\nA check.\n")
                .post("/api/questions/import?name=client.md")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(key).post("/api/questions/what-event-loop/rubric/versions/1/approve")
                .then().statusCode(403);
        given().auth().oauth2(key).contentType(ContentType.JSON).body(Map.of("overrides", java.util.List.of()))
                .post("/api/evaluations/" + UUID.randomUUID() + "/review")
                .then().statusCode(403);
        given().auth().oauth2(key).get("/api/evaluations/" + UUID.randomUUID() + "/audit")
                .then().statusCode(403);
        given().auth().oauth2(key).contentType("application/x-ndjson").body("{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/calibrations")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(key).get("/api/calibrations").then().statusCode(403);
    }

    @Test
    void letsOnlyAdminsManageUsersAndApiKeys() {
        String reviewer = key(Roles.REVIEWER);
        given().auth().oauth2(reviewer).get("/api/api-keys").then().statusCode(403);
        given().auth().oauth2(reviewer).get("/api/users").then().statusCode(403);
        given().auth().oauth2(key(Roles.ADMIN)).get("/api/users")
                .then().statusCode(200).body("username", hasItem(SignIn.ADMIN));
    }

    @Test
    void showsANewApiKeyOnceAndStopsAcceptingItWhenRevoked() {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        var created = given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON)
                .body(Map.of("name", "learning-platform", "role", "client"))
                .post("/api/api-keys")
                .then().statusCode(201)
                .body("key", startsWith("viva_"))
                .body("apiKey.principal", equalTo("key:learning-platform"))
                .extract();
        String key = created.path("key");
        int id = created.path("apiKey.id");
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/api/api-keys")
                .then().statusCode(200)
                .body("name", hasItem("learning-platform"))
                .body(not(containsString(key)));
        assertThat(keys.findById((long) id).keyHash).isNotEqualTo(key).hasSize(64);

        given().auth().oauth2(key).get("/api/questions").then().statusCode(200);
        given().cookie(SignIn.SESSION_COOKIE, admin).delete("/api/api-keys/" + id)
                .then().statusCode(200).body("revokedAt", notNullValue());
        given().auth().oauth2(key).get("/api/questions")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void signsInAUserCreatedByTheAdminWithTheirPasswordOnly() {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON)
                .body(Map.of("username", "maria", "password", "correct horse battery", "role", "reviewer"))
                .post("/api/users")
                .then().statusCode(201).body("role", equalTo("reviewer"));
        assertThat(users.findByUsername("maria").orElseThrow().passwordHash).startsWith("$2");

        String maria = SignIn.session("maria", "correct horse battery");
        given().cookie(SignIn.SESSION_COOKIE, maria).get("/api/evaluations").then().statusCode(200);
        given().cookie(SignIn.SESSION_COOKIE, maria).get("/api/users").then().statusCode(403);

        String noSession = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "maria").formParam("j_password", "wrong password")
                .post("/j_security_check")
                .then().statusCode(oneOf(302, 303)).header("Location", endsWith("/login-error"))
                .extract().cookie(SignIn.SESSION_COOKIE);
        assertThat(noSession).isNull();
    }

    @Test
    void letsAClientReadOnlyTheEvaluationsItSubmitted() {
        String alice = key(Roles.CLIENT);
        String bob = key(Roles.CLIENT);
        String id = given().auth().oauth2(alice).contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", ANSWER, "grader", "offline"))
                .post("/api/evaluations")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(alice).get("/api/evaluations/" + id).then().statusCode(200);
        given().auth().oauth2(alice).get("/api/evaluations").then().statusCode(200).body("items.id", hasItem(id));

        given().auth().oauth2(bob).get("/api/evaluations/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(bob).get("/api/evaluations")
                .then().statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(key(Roles.REVIEWER)).get("/api/evaluations/" + id).then().statusCode(200);
    }

    @Test
    void keepsIdempotencyKeysApartBetweenClients() {
        String alice = key(Roles.CLIENT);
        String bob = key(Roles.CLIENT);
        var body = Map.of("questionId", "what-event-loop", "answer", ANSWER, "grader", "offline");
        String first = given().auth().oauth2(alice).header("Idempotency-Key", "same").contentType(ContentType.JSON)
                .body(body).post("/api/evaluations").then().statusCode(201).extract().path("id");
        String other = given().auth().oauth2(bob).header("Idempotency-Key", "same").contentType(ContentType.JSON)
                .body(body).post("/api/evaluations").then().statusCode(201).extract().path("id");
        assertThat(other).isNotEqualTo(first);
        given().auth().oauth2(alice).header("Idempotency-Key", "same").contentType(ContentType.JSON)
                .body(body).post("/api/evaluations").then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void keepsHealthOpenApiAndMetricsPublic() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("apiKey"))
                .body(containsString("X-API-Key"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
