package dev.viva.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.evaluation.GradingContext;
import dev.viva.evaluation.GradingContexts;
import dev.viva.grading.FeedbackLeakCheck;
import dev.viva.interview.followup.FollowUpCheck;
import dev.viva.rubric.model.Rubric;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While an interview runs (a question answered, its follow-up asked), every endpoint of the OpenAPI document and
 * every page is called as the learner, and the interview and learner endpoints as the client key that runs one:
 * no answer holds a run of six words of a model answer, a criterion's description or example, or the grader's
 * evidence rules, nor a weight, description, example, rationale or evidence field. Only finishing is left out of
 * the walk, since it would end the interview.
 */
@QuarkusTest
class NothingOfTheAnswerKeyLeaksWhileInProgressTest {

    private static final List<String> QUESTIONS = List.of("streams", "buffers");
    private static final Pattern KEY_FIELD = Pattern.compile("\"(weight|description|examples|rationale|evidence|hint)\"\\s*:");

    @Inject
    InterviewFixtures fixtures;

    @Inject
    GradingContexts contexts;

    @Inject
    ApiKeyService keys;

    @Inject
    ObjectMapper json;

    @AfterEach
    void clean() {
        fixtures.removeAll();
    }

    /** What a learner must not see: each question's model answer and rubric wording, and the evidence rules. */
    private List<FollowUpCheck> answerKey() throws Exception {
        List<FollowUpCheck> key = new ArrayList<>();
        for (String q : QUESTIONS) {
            GradingContext c = contexts.target(q).context();
            key.add(FollowUpCheck.against(c.modelAnswer(), c.rubric()));
        }
        String rules = Files.readString(Path.of("prompts", "grade-answer.system.md"));
        key.add(FollowUpCheck.against(rules, new Rubric("rules", 1, null, List.of(), null)));
        return key;
    }

    private record Call(String what, int status, String body) {
    }

    @Test
    void noEndpointOrPageALearnerOrTheirClientReachesShowsTheAnswerKey() throws Exception {
        var lea = fixtures.learner("lea");
        String id = InterviewApiTest.start(lea, Map.of("questionIds", QUESTIONS)).getString("id");
        Response answered = lea.given().body(Map.of("answer", InterviewApiTest.STREAMS_WEAK))
                .post("/api/interviews/{id}/answers", id);
        String evaluationId = answered.then().statusCode(200).extract().path("evaluationId");
        assertThat(answered.jsonPath().getString("next.followUp.text")).isNotBlank();

        List<Call> calls = new ArrayList<>();
        calls.add(new Call("POST /api/interviews/{id}/answers (the answer)", 200, answered.asString()));
        Map<String, String> params = Map.of("id", id, "learnerRef", "lea");
        calls.addAll(walkApi(lea::given, params, evaluationId, false));
        for (String page : List.of("/ui/interviews", "/ui/interviews/" + id, "/ui/interviews/" + id + "/report",
                "/ui/progress", "/ui", "/ui/dashboard", "/ui/questions", "/ui/questions/streams",
                "/ui/evaluations/" + evaluationId, "/login", "/signup")) {
            Response r = lea.given().get(page);
            calls.add(new Call("page " + page, r.statusCode(), r.asString()));
        }

        String key = keys.create("no-leak-platform", Roles.CLIENT, "test").key();
        Supplier<RequestSpecification> client = () -> given().auth().oauth2(key).contentType("application/json");
        String clientInterview = client.get().body(Map.of("learnerRef", "student-1", "questionIds", QUESTIONS))
                .post("/api/interviews").then().statusCode(201).extract().path("id");
        Response clientAnswer = client.get().body(Map.of("answer", InterviewApiTest.STREAMS_WEAK))
                .post("/api/interviews/{id}/answers", clientInterview);
        calls.add(new Call("client: the answer", clientAnswer.statusCode(), clientAnswer.asString()));
        calls.addAll(walkApi(client, Map.of("id", clientInterview, "learnerRef", "student-1"),
                clientAnswer.jsonPath().getString("evaluationId"), true));

        List<FollowUpCheck> answerKey = answerKey();
        List<String> leaks = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Call c : calls) {
            statuses.merge(c.status(), 1, Integer::sum);
            if (repeatsTheKey(answerKey, c.body())) {
                leaks.add(c.what() + " -> " + c.status() + " repeats answer-key wording");
            }
            Matcher m = KEY_FIELD.matcher(c.body());
            if (m.find()) {
                leaks.add(c.what() + " -> " + c.status() + " has a field " + m.group(1));
            }
        }
        System.out.printf("No-leak walk: %d calls, by status %s%n", calls.size(), statuses);
        assertThat(calls.size()).isGreaterThan(60);
        assertThat(leaks).isEmpty();
        // the check itself finds the key where it is meant to be: in the report once the interview is finished
        lea.given().post("/api/interviews/{id}/finish", id).then().statusCode(200);
        assertThat(repeatsTheKey(answerKey, lea.given().get("/api/interviews/{id}/report", id).asString())).isTrue();
        assertThat(repeatsTheKey(answerKey, lea.given().get("/ui/interviews/" + id + "/report").asString())).isTrue();
        // the walk did reach the learner's own interview, and the report stayed closed
        assertThat(calls).anyMatch(c -> c.what().equals("GET /api/interviews/{id}") && c.status() == 200);
        assertThat(calls).anyMatch(c -> c.what().equals("GET /api/interviews/{id}/report") && c.status() == 409);
        assertThat(calls).anyMatch(c -> c.what().equals("page /ui/interviews/" + id) && c.status() == 200
                && c.body().contains(answered.jsonPath().getString("next.followUp.text").replace("'", "&#39;")));
    }

    private static boolean repeatsTheKey(List<FollowUpCheck> answerKey, String body) {
        String text = body.replace("\\n", " ") + "?";
        return answerKey.stream().anyMatch(k -> k.problems(text).stream().anyMatch(p -> p.startsWith("it repeats")));
    }

    /** Every operation of the OpenAPI document (the client only the interview and learner ones, and the evaluation's). */
    private List<Call> walkApi(Supplier<RequestSpecification> as, Map<String, String> params, String evaluationId,
            boolean interviewsOnly) throws Exception {
        JsonNode paths = json.readTree(given().accept("application/json").get("/q/openapi?format=json").asString())
                .path("paths");
        List<Call> calls = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = paths.fields();
        while (it.hasNext()) {
            var path = it.next();
            String template = path.getKey();
            boolean interviewPath = template.startsWith("/api/interviews") || template.startsWith("/api/learners");
            if (!template.startsWith("/api/") || interviewsOnly && !interviewPath && !template.startsWith("/api/evaluations/{id}")) {
                continue;
            }
            Iterator<String> methods = path.getValue().fieldNames();
            while (methods.hasNext()) {
                String method = methods.next().toUpperCase();
                String op = method + " " + template;
                if (op.equals("POST /api/interviews/{id}/finish") || op.equals("POST /api/interviews")) {
                    continue; // finishing ends the interview; starting is the walk's own first step
                }
                String url = template;
                if (template.startsWith("/api/evaluations/{id}")) {
                    url = url.replace("{id}", evaluationId);
                } else if (template.startsWith("/api/questions/{id}")) {
                    url = url.replace("{id}", "streams");
                }
                for (var p : params.entrySet()) {
                    url = url.replace("{" + p.getKey() + "}", p.getValue());
                }
                url = url.replaceAll("\\{[^}]+}", "1");
                Response r = switch (method) {
                    case "GET" -> as.get().get(url);
                    case "DELETE" -> as.get().delete(url);
                    case "PUT" -> as.get().body("{}").put(url);
                    case "PATCH" -> as.get().body("{}").patch(url);
                    default -> as.get().body("{}").post(url);
                };
                calls.add(new Call(op, r.statusCode(), r.asString()));
            }
        }
        return calls;
    }
}
