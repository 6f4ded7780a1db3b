package dev.viva.bank;

import static io.restassured.RestAssured.given;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.security.ApiKeyRepository;
import dev.viva.security.ApiKeyService;
import dev.viva.support.Caches;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Test helper for questions created through the API: callers with real API keys, bodies, and the
 * clean-up of everything such tests store (banks, keys and evaluations starting with {@value #PREFIX}).
 */
@ApplicationScoped
public class OwnQuestions {

    public static final String PREFIX = "test-own";
    public static final String BANK = PREFIX + "-js";
    public static final String MODEL_ANSWER = "A closure is a function bundled with the variables of the scope it"
            + " was created in. It keeps those variables alive after the outer function has returned. Callbacks and"
            + " factory functions use closures to keep private state.";
    public static final String GOOD_ANSWER = "A closure is a function that remembers the variables of the scope it was"
            + " created in, and keeps them alive after the outer function returned, so a factory can keep private"
            + " state for its callbacks.";

    /** An API caller: its key and its principal. */
    public record Caller(String key, String principal) {

        public RequestSpecification request() {
            return given().header("X-API-Key", key);
        }

        public Response create(Map<String, ?> body) {
            return request().contentType(ContentType.JSON).body(body).post("/api/questions");
        }

        public Response grade(String questionId) {
            return request().contentType(ContentType.JSON)
                    .body(Map.of("questionId", questionId, "answer", GOOD_ANSWER, "grader", "offline"))
                    .post("/api/evaluations");
        }
    }

    private final ApiKeyService apiKeys;
    private final ApiKeyRepository keys;
    private final QuestionRepository questions;
    private final RubricVersionRepository versions;
    private final EvaluationRepository evaluations;

    public OwnQuestions(ApiKeyService apiKeys, ApiKeyRepository keys, QuestionRepository questions,
            RubricVersionRepository versions, EvaluationRepository evaluations) {
        this.apiKeys = apiKeys;
        this.keys = keys;
        this.questions = questions;
        this.versions = versions;
        this.evaluations = evaluations;
    }

    public Caller caller(String role) {
        var created = apiKeys.create(PREFIX + "-" + role + "-" + UUID.randomUUID(), role, "test");
        return new Caller(created.key(), created.apiKey().principal());
    }

    /** A question for {@link #BANK} with the required fields and {@code extra} ones. */
    public static Map<String, Object> question(String text, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("bank", BANK, "text", text, "modelAnswer", MODEL_ANSWER));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    public long count() {
        return QuarkusTransaction.requiringNew().call(() -> questions.count("bank like ?1", PREFIX + "%"));
    }

    public void forget() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
            versions.delete("questionId in (select q.id from Question q where q.bank like ?1)", PREFIX + "%");
            questions.delete("bank like ?1", PREFIX + "%");
            keys.delete("name like ?1", PREFIX + "-%");
        });
        Caches.emptyAll();
    }
}
