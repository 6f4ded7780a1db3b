package dev.viva.people;

import static io.restassured.RestAssured.given;

import dev.viva.screening.ScreeningClient;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Builds one person's history through the API, as the test's admin: an API grading, a screening answer with a
 * decision and its reason, a demographic category, an invitation, a reviewer's override and comment, and a
 * finished interview with a follow-up. Every text the person wrote or that is about them holds a marker, so that
 * a search of every table (and of the logs) can tell whether any of it is left.
 */
public final class PersonalHistory {

    /** Marker words: in no seed document, no rubric, no other test. */
    public static final String ANSWER_MARKER = "quindlewort";
    public static final String REASON_MARKER = "brambleshank";

    public final String ref;
    /** In every text this person wrote (and in no ref): what a search for their answers looks for. */
    public final String words = "zeph" + Long.toHexString(new java.util.Random().nextLong() & Long.MAX_VALUE);
    public String apiEvaluation;
    public String screening;
    public String interview;

    private PersonalHistory(String ref) {
        this.ref = ref;
    }

    static String answer(String n) {
        return "The event loop runs callbacks from a queue once the call stack is empty (" + ANSWER_MARKER + " " + n
                + "); timers and I/O callbacks each have their phase.";
    }

    public static PersonalHistory of(String ref) {
        PersonalHistory h = new PersonalHistory(ref);
        h.apiEvaluation = given().contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", answer(h.words + " api"), "candidateRef", ref, "grader", "offline"))
                .post("/api/evaluations").then().statusCode(201).extract().path("id");
        String criterion = given().get("/api/evaluations/" + h.apiEvaluation).then().statusCode(200)
                .extract().path("criteria[0].criterionId");
        given().contentType(ContentType.JSON).body(Map.of("overrides", List.of(Map.of("criterionId", criterion,
                "verdict", "met", "reason", "The answer says so, " + REASON_MARKER + ".")),
                "comment", "Reviewed for " + REASON_MARKER + " reasons."))
                .post("/api/evaluations/" + h.apiEvaluation + "/review").then().statusCode(200);

        h.screening = ScreeningClient.create("offline", false, "what-event-loop");
        ScreeningClient.upload(h.screening, "candidateRef,questionId,answer\n" + ref + ",what-event-loop,\"" + answer(h.words + " screening")
                + "\"\nbystander-" + Integer.toHexString(ref.hashCode()) + ",what-event-loop,\"Callbacks wait in a queue until the stack is empty.\"\n")
                .then().statusCode(202);
        ScreeningClient.awaitComplete(h.screening, Duration.ofSeconds(60));
        given().contentType(ContentType.JSON).body(Map.of("decision", "advance", "reason", "Strong on " + REASON_MARKER))
                .post("/api/screenings/" + h.screening + "/candidates/" + ref + "/decision").then().statusCode(200);
        given().contentType("text/csv").body("candidateRef,category\n" + ref + ",group-" + REASON_MARKER + "\n")
                .put("/api/screenings/" + h.screening + "/demographics").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("candidateRef", ref))
                .post("/api/screenings/" + h.screening + "/invitations").then().statusCode(201);

        h.interview = given().contentType(ContentType.JSON)
                .body(Map.of("learnerRef", ref, "questionIds", List.of("what-event-loop"), "questionCount", 1, "followUps", true))
                .post("/api/interviews").then().statusCode(201).extract().path("id");
        var reply = given().contentType(ContentType.JSON).body(Map.of("answer", "It is about " + ANSWER_MARKER + " " + h.words + " mostly."))
                .post("/api/interviews/" + h.interview + "/answers").then().statusCode(200).extract().jsonPath();
        if (reply.get("next.followUp") != null) {
            given().contentType(ContentType.JSON).body(Map.of("answer", "Still " + ANSWER_MARKER + " " + h.words + ", I think."))
                    .post("/api/interviews/" + h.interview + "/answers").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).post("/api/interviews/" + h.interview + "/finish");
        return h;
    }
}
