package dev.viva.screening;

import static dev.viva.screening.ScreeningClient.awaitComplete;
import static dev.viva.screening.ScreeningClient.create;
import static dev.viva.screening.ScreeningClient.ranking;
import static dev.viva.screening.ScreeningClient.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ranking, blind review, decisions, export and adverse impact of a graded screening (offline grader). */
@QuarkusTest
@TestSecurity(user = "ada", roles = "admin")
class ScreeningReviewTest {

    static final String STRONG = "The event loop lets one JavaScript thread serve many requests: while I/O waits in"
            + " the OS or the libuv thread pool, finished callbacks are queued, and the loop runs them when the call"
            + " stack is empty, phase by phase (timers, poll, check).";
    static final String WEAK = "It is a loop.";

    @Inject
    StoredScreenings stored;

    @AfterEach
    void cleanUp() {
        stored.removeAll();
    }

    @Test
    void candidatesAreRankedByMeanScoreWithTiesSharingARankAndIncompleteOnesNeverRankedAsZero() {
        String screening = create("offline", false, "what-event-loop", "promises");
        String promise = "A promise stands for a value that arrives later: pending, then fulfilled or rejected;"
                + " then() and catch() chain on it and await waits for it.";
        upload(screening, csv(
                row("tie-1", "what-event-loop", STRONG), row("tie-1", "promises", promise),
                row("tie-2", "what-event-loop", STRONG), row("tie-2", "promises", promise),
                row("weak", "what-event-loop", WEAK), row("weak", "promises", "It is a thing."),
                row("half", "what-event-loop", STRONG))).then().statusCode(202);
        awaitComplete(screening, Duration.ofSeconds(120));

        JsonPath r = ranking(screening).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = r.getList("items");
        assertThat(items).extracting(i -> i.get("candidateRef")).containsExactly("tie-1", "tie-2", "weak", "half");
        assertThat(items).extracting(i -> i.get("rank")).containsExactly(1, 1, 3, null);
        assertThat(r.getFloat("items[0].score")).isEqualTo(r.getFloat("items[1].score"))
                .isGreaterThan(r.getFloat("items[2].score"));
        assertThat(r.getFloat("items[0].score")).isEqualTo(
                (r.getFloat("items[0].questions[0].score") + r.getFloat("items[0].questions[1].score")) / 2, within());
        assertThat(r.getBoolean("items[3].complete")).isFalse();
        assertThat((Object) r.get("items[3].score")).isNull();
        assertThat(r.getString("items[3].questions[1].status")).isEqualTo("missing");
        assertThat(r.getFloat("items[3].partialScore")).isEqualTo(r.getFloat("items[3].questions[0].score"));
    }

    @Test
    void aBlindScreeningShowsAliasesEverywhereUntilADecisionOrAnUnblinding() {
        String screening = create("offline", true, "what-event-loop");
        upload(screening, csv(row("ats-1001", "what-event-loop", STRONG), row("ats-1002", "what-event-loop", WEAK)))
                .then().statusCode(202);
        awaitComplete(screening, Duration.ofSeconds(90));

        ranking(screening).then().body("blind", equalTo(true))
                .body("items.candidateRef", everyItem(matchesPattern("Candidate [0-9]+")))
                .body("items.blinded", everyItem(equalTo(true)));
        String evaluationId = ranking(screening).path("items[0].questions[0].evaluationId");
        String alias = ranking(screening).path("items[0].candidateRef");
        given().get("/api/evaluations/" + evaluationId).then().body("candidateRef", equalTo(alias));
        given().queryParam("screeningId", screening).get("/api/evaluations").then()
                .body("items.candidateRef", everyItem(matchesPattern("Candidate [0-9]+")));
        given().queryParam("candidateRef", "ats-1001").get("/api/evaluations").then().body("items.size()", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("decision", "advance", "reason", "x"))
                .post("/api/screenings/" + screening + "/candidates/ats-1001/decision").then().statusCode(404);

        given().contentType(ContentType.JSON).body(Map.of("decision", "advance", "reason", "Clear and complete."))
                .post("/api/screenings/" + screening + "/candidates/" + alias + "/decision").then().statusCode(200)
                .body("candidateRef", equalTo("ats-1001")).body("alias", equalTo(alias));

        ranking(screening).then().body("items.find { it.alias == '" + alias + "' }.candidateRef", equalTo("ats-1001"))
                .body("items.find { it.alias != '" + alias + "' }.candidateRef", matchesPattern("Candidate [0-9]+"));
        given().get("/api/evaluations/" + evaluationId).then().body("candidateRef", equalTo("ats-1001"));

        given().post("/api/screenings/" + screening + "/unblind").then().statusCode(200).body("unblinded", equalTo(true));
        ranking(screening).then().body("items.candidateRef", org.hamcrest.Matchers.containsInAnyOrder("ats-1001", "ats-1002"));
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    void decisionsAreWrittenToTheAuditTrailAndOnlyAdminsUnblind() {
        String screening = create("offline", true, "what-event-loop");
        upload(screening, csv(row("ats-1", "what-event-loop", STRONG), row("ats-2", "what-event-loop", WEAK)))
                .then().statusCode(202);
        awaitComplete(screening, Duration.ofSeconds(90));
        String alias = ranking(screening).path("items[1].candidateRef");

        decide(screening, alias, "hold", "Check the second answer again.").then().statusCode(200);
        decide(screening, "ats-2", "reject", "Too vague.").then().statusCode(200);
        decide(screening, "ats-2", "maybe", null).then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"decision\": 1}")
                .post("/api/screenings/" + screening + "/candidates/ats-2/decision").then().statusCode(400);

        given().get("/api/screenings/" + screening + "/audit").then().statusCode(200)
                .body("action", equalTo(List.of("decision", "decision")))
                .body("candidateRef", equalTo(List.of("ats-2", "ats-2")))
                .body("decision", equalTo(List.of("hold", "reject")))
                .body("reason", equalTo(List.of("Check the second answer again.", "Too vague.")))
                .body("actor", everyItem(equalTo("rita")));
        given().post("/api/screenings/" + screening + "/unblind").then().statusCode(403);
        given().get("/api/screenings/" + screening + "/adverse-impact").then().statusCode(403);
    }

    @Test
    void theExportHasOneRowPerCandidateAndNeutralisesFormulaCells() throws Exception {
        String screening = create("offline", false, "what-event-loop");
        upload(screening, csv(row("=HYPERLINK(\"http://evil\")", "what-event-loop", STRONG),
                row("+1", "what-event-loop", WEAK), row("@SUM(A1)", "what-event-loop", WEAK),
                row("-2", "what-event-loop", "=1+1 is not an answer"))).then().statusCode(202);
        awaitComplete(screening, Duration.ofSeconds(90));
        decide(screening, "+1", "reject", "=cmd|' /C calc'!A0").then().statusCode(200);

        String csv = given().get("/api/screenings/" + screening + "/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(rows.getFirst().values()).containsExactly("rank", "candidateRef", "score", "what-event-loop",
                "complete", "decision", "reviewer");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.stream().skip(1).map(r -> r.get(1)))
                .containsExactlyInAnyOrder("'=HYPERLINK(\"http://evil\")", "'+1", "'@SUM(A1)", "'-2");
        assertThat(rows.stream().filter(r -> r.get(1).equals("'+1")).findFirst().orElseThrow().get(5)).isEqualTo("reject");

        String criteria = given().queryParam("detail", "criteria").get("/api/screenings/" + screening + "/export")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> verdicts = CSVFormat.RFC4180.parse(new StringReader(criteria)).getRecords();
        assertThat(verdicts.getFirst().values()).containsExactly("candidateRef", "questionId", "criterionId",
                "verdict", "points", "weight", "reviewed");
        assertThat(verdicts.size()).isGreaterThan(4);
        given().queryParam("detail", "everything").get("/api/screenings/" + screening + "/export").then().statusCode(400);
    }

    @Test
    void adverseImpactFlagsACategoryBelowFourFifthsAndReportsSmallOnesAsTooSmall() {
        String screening = create("offline", true, "what-event-loop");
        StringBuilder answers = new StringBuilder("candidateRef,questionId,answer\n");
        StringBuilder demographics = new StringBuilder("candidateRef,category\n");
        for (int i = 1; i <= 14; i++) {
            answers.append("p-").append(i).append(",what-event-loop,").append(i % 2 == 0 ? WEAK : "\"" + STRONG + "\"")
                    .append('\n');
            if (i <= 13) {
                demographics.append("p-").append(i).append(',').append(i <= 6 ? "group-a" : i <= 11 ? "group-b" : "group-c")
                        .append('\n');
            }
        }
        upload(screening, answers.toString()).then().statusCode(202);
        awaitComplete(screening, Duration.ofSeconds(120));
        for (int i = 1; i <= 6; i++) { // group-a: 5 of 6 advance
            decide(screening, aliasOf(screening, "p-" + i), i <= 5 ? "advance" : "reject", null).then().statusCode(200);
        }
        for (int i = 7; i <= 11; i++) { // group-b: 2 of 5 advance
            decide(screening, aliasOf(screening, "p-" + i), i <= 8 ? "advance" : "reject", null).then().statusCode(200);
        }

        given().contentType("text/csv").body("candidateRef,category\nnobody,group-a\n")
                .put("/api/screenings/" + screening + "/demographics").then().statusCode(400)
                .body("errors[0].line", equalTo(2));
        given().contentType("text/csv").body(demographics.toString())
                .put("/api/screenings/" + screening + "/demographics").then().statusCode(200)
                .body("candidates", equalTo(13));

        JsonPath report = given().queryParam("threshold", 60).get("/api/screenings/" + screening + "/adverse-impact")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("candidatesWithCategory")).isEqualTo(13);
        assertThat(report.getInt("candidatesWithoutCategory")).isEqualTo(1);
        assertThat(report.getBoolean("anyFlagged")).isTrue();
        assertThat(report.getFloat("categories.find { it.category == 'group-a' }.selectionRate")).isEqualTo(0.833f);
        assertThat(report.getFloat("categories.find { it.category == 'group-a' }.impactRatio")).isEqualTo(1.0f);
        assertThat(report.getBoolean("categories.find { it.category == 'group-a' }.flagged")).isFalse();
        assertThat(report.getFloat("categories.find { it.category == 'group-b' }.selectionRate")).isEqualTo(0.4f);
        assertThat(report.getFloat("categories.find { it.category == 'group-b' }.impactRatio")).isEqualTo(0.48f);
        assertThat(report.getBoolean("categories.find { it.category == 'group-b' }.flagged")).isTrue();
        assertThat(report.getBoolean("categories.find { it.category == 'group-c' }.tooSmall")).isTrue();
        assertThat((Object) report.get("categories.find { it.category == 'group-c' }.impactRatio")).isNull();
        // categories never reach reviewers' views
        assertThat(ranking(screening).asString()).doesNotContain("group-a", "group-b");
        given().get("/api/screenings/" + screening + "/audit").then()
                .body("find { it.action == 'demographics' }.reason", equalTo("13 categories stored"));
    }

    private static String aliasOf(String screening, String ref) {
        // the test knows the upload order: aliases are numbered as candidates first appear
        return "Candidate " + Integer.parseInt(ref.substring(2));
    }

    private static io.restassured.response.Response decide(String screening, String name, String decision, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("decision", decision));
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/screenings/" + screening + "/candidates/" + name + "/decision");
    }

    static String row(String ref, String question, String answer) {
        return quote(ref) + "," + question + "," + quote(answer);
    }

    static String csv(String... rows) {
        return "candidateRef,questionId,answer\n" + String.join("\n", rows) + "\n";
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.011f);
    }
}
