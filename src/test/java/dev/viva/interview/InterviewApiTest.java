package dev.viva.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A learner's mock interview through the API, graded offline, against the seed bank in PostgreSQL. */
@QuarkusTest
class InterviewApiTest {

    static final String STREAMS_WEAK = "They're great for big files, video streaming or piping an upload straight to storage.";
    static final String STREAMS_CHUNKS = "A stream processes data chunk by chunk, so you never need the whole file in memory.";
    static final String OFF_TOPIC = "I would have to look that up, I have not used it much.";

    @Inject
    InterviewFixtures fixtures;

    @Inject
    InterviewQuestionRepository asked;

    @Inject
    dev.viva.security.ApiKeyService keys;

    @AfterEach
    void clean() {
        fixtures.removeAll();
    }

    static JsonPath start(InterviewFixtures.Session learner, Map<String, Object> body) {
        return learner.given().body(body).post("/api/interviews").then().statusCode(201)
                .body("status", equalTo("in_progress")).extract().jsonPath();
    }

    static JsonPath answer(InterviewFixtures.Session learner, String id, String answer) {
        return learner.given().body(Map.of("answer", answer)).post("/api/interviews/{id}/answers", id)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aTopicInterviewAsksItsQuestionsOnceEachTheLeastRecentlyAnsweredFirst() {
        var lea = fixtures.learner("lea");
        JsonPath first = start(lea, Map.of("topic", "Streams & buffers", "questionCount", 2, "followUps", false));
        String id = first.getString("id");
        assertThat(first.getString("question.topic")).isEqualTo("Streams & buffers");
        assertThat(first.getInt("question.index")).isEqualTo(1);
        // never answered come first, in id order: buffers, concept-streams-nodejs-usage (streams is third)
        assertThat(first.getString("question.questionId")).isEqualTo("buffers");
        JsonPath next = answer(lea, id, OFF_TOPIC);
        assertThat(next.getString("next.questionId")).isEqualTo("concept-streams-nodejs-usage");
        assertThat(answer(lea, id, OFF_TOPIC).getString("next")).isNull();

        JsonPath second = start(lea, Map.of("topic", "Streams & buffers", "questionCount", 3, "followUps", false));
        List<String> order = List.of(second.getString("question.questionId"),
                answer(lea, second.getString("id"), OFF_TOPIC).getString("next.questionId"),
                answer(lea, second.getString("id"), OFF_TOPIC).getString("next.questionId"));
        assertThat(order).containsExactly("streams", "buffers", "concept-streams-nodejs-usage");
    }

    @Test
    void aMixedInterviewSpreadsItsQuestionsAcrossTopicsWithoutRepeats() {
        var lea = fixtures.learner("lea");
        JsonPath started = start(lea, Map.of("questionCount", 6, "followUps", false));
        String id = started.getString("id");
        List<String> ids = new java.util.ArrayList<>(List.of(started.getString("question.questionId")));
        List<String> topics = new java.util.ArrayList<>(List.of(started.getString("question.topic")));
        for (int i = 0; i < 5; i++) {
            JsonPath r = answer(lea, id, OFF_TOPIC);
            ids.add(r.getString("next.questionId"));
            topics.add(r.getString("next.topic"));
        }
        assertThat(new HashSet<>(ids)).hasSize(6);
        assertThat(new HashSet<>(topics)).as("six questions from six topics").hasSize(6);
    }

    @Test
    void aTopicWithoutQuestionsWithAnApprovedRubricIs422() {
        var lea = fixtures.learner("lea");
        lea.given().body(Map.of("topic", "Closures")).post("/api/interviews").then().statusCode(422)
                .contentType("application/problem+json").body("title", equalTo("No questions to ask"));
    }

    @Test
    void aWeakAnswerIsAskedExactlyOneFollowUpAboutAMissedRequiredPoint() {
        var lea = fixtures.learner("lea");
        String id = start(lea, Map.of("questionIds", List.of("streams", "buffers"))).getString("id");

        JsonPath first = answer(lea, id, STREAMS_WEAK);
        assertThat(first.getString("feedback.questionId")).isEqualTo("streams");
        String criterion = first.getString("next.followUp.criterionId");
        assertThat(criterion).isEqualTo("chunked-processing");
        assertThat(first.getString("next.followUp.text"))
                .isEqualTo("Let us come back to one point of your answer. How much of a 10 GB file needs to be in memory at one time?");
        assertThat(first.getString("next.questionId")).isNull();

        JsonPath second = answer(lea, id, OFF_TOPIC);
        assertThat(second.getString("followUpResult.criterionId")).isEqualTo(criterion);
        assertThat(second.getString("followUpResult.verdict")).isEqualTo("not_met");
        assertThat(second.getBoolean("followUpResult.metAfterFollowUp")).isFalse();
        assertThat(second.getString("next.questionId")).as("no second follow-up: the next question").isEqualTo("buffers");
    }

    @Test
    void aFollowUpAnswerThatMeetsThePointCountsItAtTheConfiguredShareOfItsWeight() {
        var lea = fixtures.learner("lea");
        String id = start(lea, Map.of("questionIds", List.of("streams"))).getString("id");
        JsonPath first = answer(lea, id, STREAMS_WEAK);
        double before = first.getDouble("feedback.score");
        assertThat(first.getString("next.followUp.criterionId")).isEqualTo("chunked-processing");

        JsonPath second = answer(lea, id, STREAMS_CHUNKS);
        assertThat(second.getString("followUpResult.verdict")).isEqualTo("met");
        assertThat(second.getBoolean("followUpResult.metAfterFollowUp")).isTrue();
        assertThat(second.getString("status")).isEqualTo("finished");
        assertThat(second.getString("next")).isNull();

        JsonPath report = lea.given().get("/api/interviews/{id}/report", id).then().statusCode(200).extract().jsonPath();
        // streams: required weights 2 + 1 + 2 + 1; chunked-processing (2) now earns 0.5 of its weight
        assertThat(report.getDouble("questions[0].score")).isCloseTo(before + 0.5 * 100 * 2 / 6, within(0.011));
        assertThat(report.getDouble("followUpCredit")).isEqualTo(0.5);
        Map<String, Object> point = report.getMap("questions[0].criteria.find { it.criterionId == 'chunked-processing' }");
        assertThat(point).containsEntry("verdict", "not_met").containsEntry("afterFollowUp", "met")
                .containsEntry("metAfterFollowUp", true).containsEntry("title", "Chunked processing");
        assertThat(report.getString("questions[0].followUp.source")).isEqualTo("template");
        assertThat(report.getInt("overall.metAfterFollowUp")).isEqualTo(1);
    }

    @Test
    void withFollowUpsOffAWeakAnswerGoesStraightToTheNextQuestion() {
        var lea = fixtures.learner("lea");
        String id = start(lea, Map.of("questionIds", List.of("streams", "buffers"), "followUps", false)).getString("id");
        assertThat(answer(lea, id, STREAMS_WEAK).getString("next.questionId")).isEqualTo("buffers");
    }

    @Test
    void theReportIsRefusedWhileTheInterviewRunsAndFinishingEarlyScoresTheRestZero() {
        var lea = fixtures.learner("lea");
        String id = start(lea, Map.of("questionIds", List.of("streams", "buffers"), "followUps", false)).getString("id");
        lea.given().get("/api/interviews/{id}/report", id).then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Interview in progress"));
        answer(lea, id, STREAMS_WEAK);
        lea.given().post("/api/interviews/{id}/finish", id).then().statusCode(200).body("status", equalTo("finished"))
                .body("current", nullValue());
        lea.given().body(Map.of("answer", OFF_TOPIC)).post("/api/interviews/{id}/answers", id).then().statusCode(409);
        JsonPath report = lea.given().get("/api/interviews/{id}/report", id).then().statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("questions[1].answered")).isFalse();
        assertThat(report.getDouble("questions[1].score")).isZero();
        assertThat(report.getDouble("overall.score"))
                .isCloseTo(report.getDouble("questions[0].score") / 2, within(0.011));
    }

    @Test
    void oneLearnerCannotReachAnothersInterviewOrProgress() {
        var lea = fixtures.learner("lea");
        var max = fixtures.learner("max");
        String id = start(lea, Map.of("questionIds", List.of("streams"), "followUps", false)).getString("id");

        max.given().get("/api/interviews/{id}", id).then().statusCode(404).contentType("application/problem+json");
        max.given().body(Map.of("answer", OFF_TOPIC)).post("/api/interviews/{id}/answers", id).then().statusCode(404);
        max.given().post("/api/interviews/{id}/finish", id).then().statusCode(404);
        max.given().get("/api/interviews/{id}/report", id).then().statusCode(404);
        answer(lea, id, OFF_TOPIC);
        max.given().get("/api/learners/lea/progress").then().statusCode(404);
        max.given().body(Map.of("learnerRef", "lea")).post("/api/interviews").then().statusCode(422);
        lea.given().get("/api/learners/lea/progress").then().statusCode(200).body("interviews", equalTo(1));
    }

    @Test
    void progressShowsEachTopicsScoreOverTimeAndTheReportItsChangeSinceThePreviousInterview() {
        var lea = fixtures.learner("lea");
        String weak = start(lea, Map.of("questionIds", List.of("streams"), "followUps", false)).getString("id");
        answer(lea, weak, OFF_TOPIC);
        String better = start(lea, Map.of("questionIds", List.of("streams"), "followUps", false)).getString("id");
        answer(lea, better, STREAMS_WEAK + " " + STREAMS_CHUNKS);

        JsonPath report = lea.given().get("/api/interviews/{id}/report", better).then().statusCode(200).extract().jsonPath();
        double now = report.getDouble("topics[0].meanScore");
        double previous = report.getDouble("topics[0].previousMeanScore");
        assertThat(report.getString("topics[0].topic")).isEqualTo("Streams & buffers");
        assertThat(report.getString("topics[0].previousInterviewId")).isEqualTo(weak);
        assertThat(now).isGreaterThan(previous);
        assertThat(report.getDouble("topics[0].change")).isCloseTo(now - previous, within(0.001));

        lea.given().get("/api/learners/lea/progress").then().statusCode(200)
                .body("interviews", equalTo(2))
                .body("topics[0].topic", equalTo("Streams & buffers"))
                .body("topics[0].points.interviewId", equalTo(List.of(weak, better)))
                .body("topics[0].change", notNullValue());
    }

    @Test
    void anAnswerAfterTheTimeLimitIsKeptGradedAndReportedAsLate() {
        var lea = fixtures.learner("lea");
        JsonPath started = start(lea, Map.of("questionIds", List.of("streams", "buffers"), "followUps", false,
                "timeLimitSeconds", 60));
        String id = started.getString("id");
        assertThat(started.getString("question.deadline")).isNotNull();
        // the first question was shown two minutes ago
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> asked.update(
                "shownAt = ?1 where interviewId = ?2 and position = 1", java.time.OffsetDateTime.now().minusMinutes(2),
                java.util.UUID.fromString(id)));

        JsonPath late = answer(lea, id, STREAMS_WEAK);
        assertThat(late.getBoolean("late")).isTrue();
        assertThat(late.getDouble("feedback.score")).as("kept and graded").isPositive();
        assertThat(answer(lea, id, OFF_TOPIC).getBoolean("late")).as("the second was in time").isFalse();

        JsonPath report = lea.given().get("/api/interviews/{id}/report", id).then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("questions.late")).containsExactly(true, false);
        assertThat(report.getInt("overall.late")).isEqualTo(1);
    }

    @Test
    void aClientKeyRunsInterviewsForTheLearnersItNamesAndReadsOnlyItsOwn() {
        String platform = keys.create("platform-a", dev.viva.security.Roles.CLIENT, "test").key();
        String other = keys.create("platform-b", dev.viva.security.Roles.CLIENT, "test").key();
        io.restassured.RestAssured.given().auth().oauth2(platform).contentType("application/json")
                .body(Map.of("topic", "Streams & buffers")).post("/api/interviews").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("learnerRef"));
        String id = io.restassured.RestAssured.given().auth().oauth2(platform).contentType("application/json")
                .body(Map.of("learnerRef", "student-7", "questionIds", List.of("streams"), "followUps", false))
                .post("/api/interviews").then().statusCode(201).body("learnerRef", equalTo("student-7"))
                .extract().path("id");
        String evaluation = io.restassured.RestAssured.given().auth().oauth2(platform).contentType("application/json")
                .body(Map.of("answer", STREAMS_WEAK)).post("/api/interviews/{id}/answers", id).then().statusCode(200)
                .extract().path("evaluationId");

        io.restassured.RestAssured.given().auth().oauth2(other).get("/api/interviews/{id}", id).then().statusCode(404);
        io.restassured.RestAssured.given().auth().oauth2(other).get("/api/learners/student-7/progress").then().statusCode(404);
        io.restassured.RestAssured.given().auth().oauth2(platform).get("/api/learners/student-7/progress").then()
                .statusCode(200).body("interviews", equalTo(1));
        // the interview's evaluation is not one of the key's own: its reviewer view (weights, rationale) stays closed
        io.restassured.RestAssured.given().auth().oauth2(platform).get("/api/evaluations/{id}", evaluation).then()
                .statusCode(404);
    }

    /** The report of a three-question interview, written to target/interview-report.json for the docs. */
    @Test
    void theReportOfAThreeQuestionInterviewHasEveryQuestionTopicAndTheModelAnswers() throws Exception {
        var lea = fixtures.learner("lea");
        String earlier = start(lea, Map.of("questionIds", List.of("streams"), "followUps", false)).getString("id");
        answer(lea, earlier, OFF_TOPIC);
        String id = start(lea, Map.of("questionIds", List.of("streams", "buffers", "what-event-loop"))).getString("id");
        answer(lea, id, STREAMS_WEAK);
        answer(lea, id, STREAMS_CHUNKS);
        JsonPath buffers = answer(lea, id, "A Buffer is a chunk of raw bytes, used when you deal with binary data instead"
                + " of strings. Buffer.from('Hello') gives you the bytes and toString() turns it back into Hello. They're"
                + " used for file processing, network protocols and crypto, anywhere you have bytes.");
        if (buffers.get("next.followUp") != null) {
            answer(lea, id, OFF_TOPIC);
        }
        JsonPath last = answer(lea, id, "The event loop lets one JavaScript thread serve many requests: while I/O waits"
                + " in the OS or the libuv pool, finished callbacks are queued and run when the call stack is empty.");
        if (last.get("next") != null) {
            answer(lea, id, OFF_TOPIC);
        }

        String json = lea.given().get("/api/interviews/{id}/report", id).then().statusCode(200).extract().asString();
        JsonPath report = new JsonPath(json);
        assertThat(report.getString("status")).isEqualTo("finished");
        assertThat(report.getList("questions.questionId")).containsExactly("streams", "buffers", "what-event-loop");
        assertThat(report.getList("questions.modelAnswer")).allSatisfy(a -> assertThat((String) a).isNotBlank());
        assertThat(report.getList("questions.score")).doesNotContainNull();
        assertThat(report.getDouble("overall.score")).isCloseTo(report.getList("questions.score", Double.class).stream()
                .mapToDouble(Double::doubleValue).average().orElseThrow(), within(0.011));
        assertThat(report.getList("topics.topic")).containsExactly("Streams & buffers", "Event loop & concurrency");
        assertThat(report.getString("topics[0].previousInterviewId")).isEqualTo(earlier);
        assertThat(report.getString("topics[1].previousInterviewId")).isNull();
        assertThat(report.getString("questions[0].followUp.verdict")).isEqualTo("met");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/interview-report.json"),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).toPrettyString());
    }

    @Test
    void anAdminCreatesLearnersWhoReachTheInterviewsAndNothingElse() {
        String admin = keys.create("admin-key", dev.viva.security.Roles.ADMIN, "test").key();
        io.restassured.RestAssured.given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", "lina", "password", InterviewFixtures.PASSWORD, "role", "learner"))
                .post("/api/users").then().statusCode(201).body("role", equalTo("learner"));
        var lina = InterviewFixtures.signIn("lina", InterviewFixtures.PASSWORD);

        lina.given().get("/api/interviews/topics").then().statusCode(200).body("'Streams & buffers'", equalTo(3));
        lina.given().get("/api/questions").then().statusCode(403);
        lina.given().get("/api/evaluations").then().statusCode(403);
    }
}
