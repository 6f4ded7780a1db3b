package dev.viva.screening;

import static dev.viva.screening.ScreeningClient.awaitComplete;
import static dev.viva.screening.ScreeningClient.create;
import static dev.viva.screening.ScreeningClient.upload;
import static dev.viva.screening.ScreeningClient.uploadNdjson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uploading a screening's answers: the whole file checked first, every answer stored before grading. */
@QuarkusTest
@TestSecurity(user = "alice", roles = "reviewer")
class ScreeningSubmissionsTest {

    static final String EVENT_LOOP = "what-event-loop";
    static final String PROMISES = "promises";

    static final String MULTI_LINE_CSV = """
            candidateRef,questionId,answer
            c-1,what-event-loop,"The event loop lets one JavaScript thread serve many requests.
            While I/O waits in the OS or the libuv pool, finished callbacks are queued,
            and the loop runs them when the call stack is empty, phase by phase (timers, poll, check)."
            c-1,promises,"A promise stands for a value that arrives later; it is pending, then fulfilled or rejected.
            You chain then() and catch(), or await it in an async function."
            c-2,what-event-loop,"It is a loop, ""basically"", that runs callbacks."
            """;

    @Inject
    StoredScreenings stored;

    @Inject
    EvaluationRepository evaluations;

    @AfterEach
    void cleanUp() {
        stored.removeAll();
    }

    @Test
    void aCsvWithQuotedMultiLineAnswersIsStoredAnswerByAnswerBeforeGradingAndThenGraded() {
        String screening = create("offline", true, EVENT_LOOP, PROMISES);

        upload(screening, MULTI_LINE_CSV).then().statusCode(202)
                .body("accepted", equalTo(3)).body("candidates", equalTo(2));

        List<Evaluation> storedNow = answersOf(screening);
        assertThat(storedNow).hasSize(3);
        Evaluation first = storedNow.stream().filter(e -> e.candidateRef.equals("c-1") && e.questionId.equals(EVENT_LOOP))
                .findFirst().orElseThrow();
        assertThat(first.answer).startsWith("The event loop lets one JavaScript thread serve many requests.\n")
                .endsWith("phase by phase (timers, poll, check).");
        assertThat(storedNow).extracting(e -> e.answer).contains("It is a loop, \"basically\", that runs callbacks.");

        var done = awaitComplete(screening, Duration.ofSeconds(90));
        done.then().body("progress.total", equalTo(3)).body("progress.queued", equalTo(0))
                .body("progress.ungraded", equalTo(0));
        assertThat(answersOf(screening)).allSatisfy(e -> {
            assertThat(e.score).isNotNull();
            assertThat(e.attempts).isEqualTo(1);
            assertThat(e.provenance.grader().name()).isEqualTo("OFFLINE");
        });
    }

    @Test
    void anNdjsonFileIsTakenLikeCsv() {
        String screening = create("offline", false, EVENT_LOOP);
        uploadNdjson(screening, """
                {"candidateRef":"n-1","questionId":"what-event-loop","answer":"Callbacks run when the stack is empty."}

                {"candidateRef":"n-2","questionId":"what-event-loop","answer":"The loop polls for I/O and runs callbacks."}
                """).then().statusCode(202).body("accepted", equalTo(2)).body("candidates", equalTo(2));
        assertThat(answersOf(screening)).hasSize(2);
    }

    @Test
    void aFileWithAnyBadLineIsRefusedWholeWithEveryLineNamedAndNothingStored() {
        String screening = create("offline", true, EVENT_LOOP);
        String bad = """
                candidateRef,questionId,answer
                c-1,what-event-loop,"A good answer about callbacks
                spanning two lines."
                c-2,not-in-this-screening,An answer.
                c-3,what-event-loop,"   "
                c-1,what-event-loop,The same candidate and question again.
                Candidate 7,what-event-loop,An alias as a reference.
                """;

        upload(screening, bad).then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid submissions file"))
                .body("errors.line", equalTo(List.of(4, 5, 6, 7)))
                .body("errors[0].message", containsString("not one of this screening's questions"))
                .body("errors[1].message", containsString("answer: must be 1 to"))
                .body("errors[2].message", containsString("already on line 2"))
                .body("errors[3].message", containsString("blind alias"));

        uploadNdjson(screening, """
                {"candidateRef":"n-1","questionId":"what-event-loop","answer":42}
                {"candidateRef":"n-2","questionId":"what-event-loop"}
                not json
                {"candidateRef":"n-3","questionId":"what-event-loop","answer":"fine","score":100}
                """).then().statusCode(400)
                .body("errors.line", equalTo(List.of(1, 2, 3, 4)))
                .body("errors[0].message", containsString("must be a JSON string"))
                .body("errors[3].message", containsString("unknown field"));

        upload(screening, "name,answer\nc-1,x\n").then().statusCode(400)
                .body("errors[0].message", containsString("header must be candidateRef,questionId,answer"));
        upload(screening, "candidateRef,questionId,answer\nc-1,what-event-loop,\"never closed\n").then()
                .statusCode(400).body("errors[0].message", containsString("not valid CSV"));
        given().contentType("text/csv").body(new byte[] {(byte) 0xC3, 0x28}).post("/api/screenings/" + screening
                + "/submissions").then().statusCode(400).body("detail", containsString("not UTF-8"));
        upload(screening, "candidateRef,questionId,answer\nc-1,what-event-loop,with a NUL \u0000 inside\n").then()
                .statusCode(400).body("errors[0].message", containsString("NUL"));

        assertThat(answersOf(screening)).isEmpty();
        ScreeningClient.get(screening).then().body("status", equalTo("open")).body("progress.total", equalTo(0));
    }

    @Test
    void anAnswerSentAgainReplacesItBeforeGradingAndIsAConflictNamingTheLineAfter() {
        String screening = create("offline", false, EVENT_LOOP, PROMISES);
        upload(screening, "candidateRef,questionId,answer\nc-1,what-event-loop,Callbacks run later.\n")
                .then().statusCode(202);
        awaitComplete(screening, Duration.ofSeconds(90));

        upload(screening, """
                candidateRef,questionId,answer
                c-1,promises,A promise is a value that arrives later.
                c-1,what-event-loop,A better answer about the event loop.
                """).then().statusCode(409).contentType("application/problem+json")
                .body("errors.line", equalTo(List.of(3)))
                .body("errors[0].message", containsString("graded"));
        assertThat(answersOf(screening)).hasSize(1).first()
                .satisfies(e -> assertThat(e.answer).isEqualTo("Callbacks run later."));
    }

    @Test
    void aScreeningNeedsQuestionsTheCallerCanGradeAndAnAvailableGrader() {
        given().contentType("application/json").body("{\"name\":\"x\",\"questionIds\":[]}").post("/api/screenings")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"name\":\"x\",\"questionIds\":[\"no-such-question\"]}")
                .post("/api/screenings").then().statusCode(404);
        given().contentType("application/json")
                .body("{\"name\":\"x\",\"questionIds\":[\"what-event-loop\",\"what-event-loop\"]}")
                .post("/api/screenings").then().statusCode(400).body("detail", containsString("once"));
        given().contentType("application/json").body("{\"name\":\"x\",\"questionIds\":[\"what-event-loop\"],\"grader\":\"llm\"}")
                .post("/api/screenings").then().statusCode(422);
        given().contentType("application/json").body("{\"name\":\"x\",\"questionIds\":\"what-event-loop\"}")
                .post("/api/screenings").then().statusCode(400);
        given().get("/api/screenings/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/screenings").then().statusCode(200);
        given().contentType("application/json").body("{\"name\":\"x\",\"questionIds\":[\"what-event-loop\"]}")
                .post("/api/screenings").then().statusCode(201).body("status", equalTo("open"))
                .body("blind", equalTo(true)).body("grader", equalTo("auto"))
                .body("progress.keySet()", hasItems("total", "graded", "needsReview", "ungraded", "queued",
                        "ratePerMinute", "etaSeconds"));
    }

    private List<Evaluation> answersOf(String screening) {
        return QuarkusTransaction.requiringNew().call(() ->
                evaluations.list("screeningId", UUID.fromString(screening)));
    }
}
