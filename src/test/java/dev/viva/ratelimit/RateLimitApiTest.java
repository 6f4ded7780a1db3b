package dev.viva.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Named.named;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.security.ApiKeyRepository;
import dev.viva.security.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** requestsPerMinute per API key, and the admin's API for the limits, with real keys against PostgreSQL. */
@QuarkusTest
class RateLimitApiTest {

    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while I/O "
            + "happens in the background; finished callbacks are queued and run when the call stack is empty.";

    @Inject
    ApiKeyRepository keys;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EntityManager em;

    @Inject
    RateLimitConfig defaults;

    private String admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
    }

    @AfterEach
    void removeKeysEvaluationsAndBuckets() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
            keys.deleteAll();
            em.createNativeQuery("DELETE FROM {h-schema}rate_limit_bucket").executeUpdate();
        });
    }

    @Test
    void aKeyAllowedThreeRequestsAMinuteIsRefusedTheFourthWith429ProblemJsonRetryAfterAndRateLimitHeaders() {
        String key = newKey(Map.of("requestsPerMinute", 3)).key();
        for (int i = 0; i < 3; i++) {
            questions(key).statusCode(200);
        }

        questions(key).statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://viva.dev/problems/429"))
                .body("title", equalTo("Rate limit reached"))
                .body("status", equalTo(429))
                .body("detail", containsString("3 requests per minute (its requestsPerMinute limit)"))
                .body("limit", equalTo("requestsPerMinute"))
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .header("RateLimit-Policy", equalTo("\"per-minute\";q=3;w=60"))
                .header("RateLimit", matchesPattern("\"per-minute\";r=0;t=[1-9][0-9]?"));
    }

    @Test
    void everyResponseToAKeyTellsItsQuotaAndWhatIsLeftOfIt() {
        String key = newKey(Map.of("requestsPerMinute", 3)).key();

        questions(key).statusCode(200).header("RateLimit-Policy", equalTo("\"per-minute\";q=3;w=60"))
                .header("RateLimit", startsWith("\"per-minute\";r=2;t="));
        given().auth().oauth2(key).get("/api/questions/no-such-question").then().statusCode(404)
                .header("RateLimit", startsWith("\"per-minute\";r=1;t="));
        questions(key).statusCode(200).header("RateLimit", startsWith("\"per-minute\";r=0;t="));
    }

    @Test
    void aGradingRefusedForTheRequestsPerMinuteStoresNothing() {
        String key = newKey(Map.of("requestsPerMinute", 1)).key();
        questions(key).statusCode(200);

        given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", ANSWER, "grader", "offline"))
                .post("/api/evaluations")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", matchesPattern("\\d+"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> evaluations.count())).isZero();
    }

    @Test
    void aKeysBucketIsARowInTheConfiguredSchemaSoThatEveryInstanceOnTheDatabaseSharesIt() {
        NewKey key = newKey(Map.of("requestsPerMinute", 5));
        questions(key.key()).statusCode(200);

        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) em
                .createNativeQuery("SELECT count(*) FROM {h-schema}rate_limit_bucket WHERE id = ?1")
                .setParameter(1, key.id()).getSingleResult());
        assertThat(rows.longValue()).isEqualTo(1);
    }

    @Test
    void raisingTheLimitWithPatchLetsTheKeyGoOnAtOnce() {
        NewKey key = newKey(Map.of("requestsPerMinute", 2));
        questions(key.key()).statusCode(200);
        questions(key.key()).statusCode(200);
        questions(key.key()).statusCode(429);

        patch(key.id(), "{\"requestsPerMinute\": 4}").statusCode(200)
                .body("requestsPerMinute", equalTo(4))
                .body("gradingsInFlight", equalTo(defaults.gradingsInFlight()));

        // the two requests made this minute still count: two of the four are left
        questions(key.key()).statusCode(200).header("RateLimit-Policy", equalTo("\"per-minute\";q=4;w=60"))
                .header("RateLimit", startsWith("\"per-minute\";r=1;"));
        questions(key.key()).statusCode(200);
        questions(key.key()).statusCode(429);
        listed(key.id()).body("requestsPerMinute", equalTo(4));
    }

    @Test
    void loweringTheLimitWithPatchRefusesTheRequestsPastTheNewLimit() {
        NewKey key = newKey(Map.of("requestsPerMinute", 100));
        questions(key.key()).statusCode(200).header("RateLimit", startsWith("\"per-minute\";r=99;"));

        patch(key.id(), "{\"requestsPerMinute\": 1}").statusCode(200).body("requestsPerMinute", equalTo(1));

        questions(key.key()).statusCode(200).header("RateLimit-Policy", equalTo("\"per-minute\";q=1;w=60"));
        questions(key.key()).statusCode(429);
    }

    @Test
    void aKeyWithoutLimitsOfItsOwnHasTheConfiguredDefaults() {
        NewKey key = newKey(Map.of());

        listed(key.id()).body("requestsPerMinute", equalTo(defaults.requestsPerMinute()))
                .body("gradingsInFlight", equalTo(defaults.gradingsInFlight()));
        questions(key.key()).statusCode(200)
                .header("RateLimit-Policy", equalTo("\"per-minute\";q=" + defaults.requestsPerMinute() + ";w=60"))
                .header("RateLimit", startsWith("\"per-minute\";r=" + (defaults.requestsPerMinute() - 1) + ";"));
    }

    @Test
    void theCreationAnswerShowsTheLimitsInEffect() {
        given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON)
                .body(Map.of("name", "limited", "role", "client", "gradingsInFlight", 2))
                .post("/api/api-keys")
                .then().statusCode(201)
                .body("apiKey.requestsPerMinute", equalTo(defaults.requestsPerMinute()))
                .body("apiKey.gradingsInFlight", equalTo(2));
    }

    @Test
    void settingALimitTo0ReturnsTheKeyToTheDefault() {
        NewKey key = newKey(Map.of("requestsPerMinute", 5, "gradingsInFlight", 3));

        patch(key.id(), "{\"requestsPerMinute\": 0}").statusCode(200)
                .body("requestsPerMinute", equalTo(defaults.requestsPerMinute()))
                .body("gradingsInFlight", equalTo(3));
        questions(key.key()).statusCode(200)
                .header("RateLimit-Policy", equalTo("\"per-minute\";q=" + defaults.requestsPerMinute() + ";w=60"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLimitBodies")
    void aBadPatchBodyIs400ProblemJsonAndChangesNothing(String body) {
        NewKey key = newKey(Map.of("requestsPerMinute", 3, "gradingsInFlight", 2));

        patch(key.id(), body).statusCode(400).contentType("application/problem+json").body("status", equalTo(400));

        listed(key.id()).body("requestsPerMinute", equalTo(3)).body("gradingsInFlight", equalTo(2));
    }

    static Stream<Arguments> badLimitBodies() {
        return Stream.of(
                Arguments.of(named("a negative requestsPerMinute", "{\"requestsPerMinute\": -1}")),
                Arguments.of(named("a negative gradingsInFlight", "{\"requestsPerMinute\": 5, \"gradingsInFlight\": -2}")),
                Arguments.of(named("a number in a string", "{\"requestsPerMinute\": \"5\"}")),
                Arguments.of(named("a word", "{\"gradingsInFlight\": \"many\"}")),
                Arguments.of(named("a fraction", "{\"requestsPerMinute\": 2.5}")),
                Arguments.of(named("a number past 32 bits", "{\"requestsPerMinute\": 99999999999}")),
                Arguments.of(named("no limit at all", "{}")),
                Arguments.of(named("only a misspelt limit", "{\"requestPerMinute\": 5}")),
                Arguments.of(named("JSON that does not end", "{\"requestsPerMinute\": 5")),
                Arguments.of(named("no body", "")));
    }

    @Test
    void patchingAnUnknownKeyIs404ProblemJson() {
        patch(987654321L, "{\"requestsPerMinute\": 5}").statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("API key not found"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT count(*) FROM {h-schema}api_key_limit").getSingleResult()))
                .isEqualTo(0L);
    }

    @Test
    void aKeyWithANegativeLimitIsNotCreated() {
        given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON)
                .body(Map.of("name", "negative", "role", "client", "requestsPerMinute", -3))
                .post("/api/api-keys")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew().call(() -> keys.findByName("negative"))).isEmpty();
    }

    @Test
    void onlyAnAdminMayChangeALimit() {
        NewKey reviewer = newKey(Map.of("role", "reviewer"));
        given().auth().oauth2(reviewer.key()).contentType(ContentType.JSON).body("{\"requestsPerMinute\": 1000}")
                .patch("/api/api-keys/" + reviewer.id())
                .then().statusCode(403).contentType("application/problem+json");
        listed(reviewer.id()).body("requestsPerMinute", equalTo(defaults.requestsPerMinute()));
    }

    @Test
    void aPersonSignedInToTheWebUiIsLimitedByNoKey() {
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/api/questions")
                .then().statusCode(200)
                .header("RateLimit", nullValue())
                .header("RateLimit-Policy", nullValue());
    }

    private record NewKey(long id, String key) {
    }

    @Test
    void manyFirstRequestsOfANewKeyAtOnceAreAllServed() throws Exception {
        String key = newKey(Map.of("requestsPerMinute", 100_000)).key();
        java.util.List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
        try (var clients = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 150; i++) {
                statuses.add(clients.submit(() -> given().auth().oauth2(key).get("/api/questions").statusCode()));
            }
        }
        java.util.Map<Integer, Long> counted = new java.util.TreeMap<>();
        for (var status : statuses) {
            counted.merge(status.get(), 1L, Long::sum);
        }
        org.assertj.core.api.Assertions.assertThat(counted).as("statuses of 150 simultaneous first requests")
                .containsOnlyKeys(200);
    }

    private NewKey newKey(Map<String, Object> limitsAndRole) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "key-" + UUID.randomUUID(), "role", "client"));
        body.putAll(limitsAndRole);
        var created = given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON).body(body)
                .post("/api/api-keys")
                .then().statusCode(201).extract();
        return new NewKey(((Number) created.path("apiKey.id")).longValue(), created.path("key"));
    }

    private static ValidatableResponse questions(String key) {
        return given().auth().oauth2(key).get("/api/questions").then();
    }

    private ValidatableResponse patch(long id, String body) {
        return given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON).body(body)
                .patch("/api/api-keys/" + id).then();
    }

    private ValidatableResponse listed(long id) {
        return given().cookie(SignIn.SESSION_COOKIE, admin).get("/api/api-keys").then().statusCode(200)
                .rootPath("find { it.id == " + id + " }").body("id", equalTo((int) id));
    }
}
