package dev.viva.calibration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.viva.calibration.run.CalibrationItemRepository;
import dev.viva.calibration.run.CalibrationRunRepository;
import dev.viva.question.QuestionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calibration runs end to end: upload, background grading, figures, charts, against real PostgreSQL. */
@QuarkusTest
@TestSecurity(user = "rosa", roles = "reviewer")
class CalibrationApiTest {

    private static final String NDJSON = "application/x-ndjson";

    @Inject
    CalibrationRunRepository runs;

    @Inject
    CalibrationItemRepository items;

    @Inject
    QuestionRepository questions;

    @Inject
    CalibrationTestData testData;

    @AfterEach
    void removeCalibrationData() {
        testData.removeAll();
    }

    @Test
    void labelledFileIsGradedInTheBackgroundAndReportedOnTheEvaluationSplitOnly() {
        String location = given().contentType(NDJSON).body(resource("small-labelled.jsonl"))
                .queryParam("mapping", "linear").queryParam("name", "small-labelled.jsonl")
                .when().post("/api/calibrations")
                .then().statusCode(202).header("Location", containsString("/api/calibrations/"))
                .body("status", org.hamcrest.Matchers.oneOf("queued", "running", "completed"))
                .body("progress.total", equalTo(16))
                .body("bank", equalTo("calibration-small-labelled"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        JsonPath run = awaitCompleted(id);
        assertThat(run.getInt("progress.done")).isEqualTo(16);
        assertThat(run.getString("grader")).isEqualTo("offline");
        assertThat(run.getString("rubrics")).isEqualTo("offline");
        // seed 42 puts "stack" and "queue" on the fitting side, "bst" and "hash" on the evaluation side
        assertThat(run.getInt("results.fittedOn")).isEqualTo(8);
        assertThat(run.getInt("results.reportedOn")).isEqualTo(8);
        assertThat(run.getString("results.reportedSplit")).isEqualTo("evaluation");
        assertThat(run.getInt("results.overall.n")).isEqualTo(8);
        assertThat(run.getDouble("results.overall.pearson")).isBetween(-1.0, 1.0);
        assertThat(run.getDouble("results.overall.mae")).isBetween(0.0, 5.0);
        assertThat(run.getObject("results.overall.qwk", Double.class)).isNotNull();
        assertThat(run.getDouble("results.scaleStep")).isEqualTo(0.5);
        assertThat(run.getDouble("results.humanCeiling.pearson")).isGreaterThan(0.9);
        assertThat(run.getList("results.perQuestion.questionId")).containsExactly("bst", "hash", "queue", "stack");
        assertThat(run.getMap("results.mappingParameters")).containsKeys("intercept", "slope");
        assertThat(run.getString("provenance.model")).isNotBlank();
        assertThat(run.getMap("provenance.rubricVersions")).hasSize(4);

        given().when().get("/api/calibrations/" + id + "/charts/scatter.svg")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).body(containsString("<circle"));
        given().when().get("/api/calibrations/" + id + "/charts/confusion.svg")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).body(containsString("<svg"));
        given().when().get("/api/calibrations/latest").then().statusCode(200).body("id", equalTo(id))
                .body("overall.n", equalTo(8));
        given().when().get("/api/calibrations").then().statusCode(200).body("items.id", hasItem(id));
        given().when().get("/ui/dashboard").then().statusCode(200)
                .body(containsString("id=\"calibration-figures\""))
                .body(containsString("/api/calibrations/" + id + "/charts/scatter.svg"))
                .body(containsString("8 answers (evaluation split; mapping fitted on 8 others)"));
    }

    @Test
    void calibrationQuestionsStayOutOfTheInterviewBankAndAreNotEvaluations() {
        String id = given().multiPart("file", "mini.jsonl", resource("small-labelled.jsonl"), "application/jsonl")
                .multiPart("bank", "calibration-mini").when().post("/api/calibrations")
                .then().statusCode(202).extract().path("id");
        awaitCompleted(id);
        given().queryParam("size", 100).when().get("/api/questions")
                .then().statusCode(200).body("items.id", everyItem(not(startsWith("calibration-mini."))));
        given().queryParam("bank", "calibration-mini").when().get("/api/questions")
                .then().statusCode(200).body("total", equalTo(4)).body("items.id", hasItem("calibration-mini.stack"));
        given().queryParam("questionId", "calibration-mini.stack").when().get("/api/evaluations")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void fileWithABadJsonLineIsRejectedNamingTheLineAndNothingIsStored() {
        long questionsBefore = count();
        given().contentType(NDJSON).body(resource("bad-json.jsonl")).when().post("/api/calibrations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].line", equalTo(3)).body("errors[0].message", startsWith("not valid JSON"))
                .body("detail", containsString("line 3"));
        assertNothingStored(questionsBefore);
    }

    @Test
    void fileWithAMissingFieldIsRejectedNamingTheLine() {
        long questionsBefore = count();
        given().contentType(NDJSON).body(resource("missing-field.jsonl")).when().post("/api/calibrations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].line", equalTo(2)).body("errors[0].message", equalTo("missing field 'reference_answer'"));
        assertNothingStored(questionsBefore);
    }

    @Test
    void scoreAboveItsMaximumIsRejectedNamingTheLine() {
        long questionsBefore = count();
        given().contentType("text/plain").body(resource("score-above-max.jsonl")).when().post("/api/calibrations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].line", equalTo(4)).body("errors[0].message", containsString("above max_score"));
        assertNothingStored(questionsBefore);
    }

    @Test
    void emptyFileTooLargeFileAndBadOptionsAreProblemsNotServerErrors() {
        given().contentType(NDJSON).body(new byte[0]).when().post("/api/calibrations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].line", equalTo(0));
        given().contentType(NDJSON).body("x".repeat(70 * 1024).getBytes(StandardCharsets.UTF_8)).when().post("/api/calibrations")
                .then().statusCode(413).contentType(startsWith("application/problem+json"));
        given().contentType(NDJSON).body(resource("small-labelled.jsonl")).queryParam("mapping", "spline")
                .when().post("/api/calibrations").then().statusCode(400).body("detail", containsString("isotonic"));
        given().contentType(NDJSON).body(resource("small-labelled.jsonl")).queryParam("grader", "llm")
                .when().post("/api/calibrations").then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("title", equalTo("No LLM configured"));
        given().contentType(NDJSON).body(resource("small-labelled.jsonl")).queryParam("rubrics", "llm")
                .when().post("/api/calibrations").then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("rubrics=llm"));
        given().contentType(NDJSON).body(resource("small-labelled.jsonl")).queryParam("bank", "interview")
                .when().post("/api/calibrations").then().statusCode(400);
        assertNothingStored(count());
    }

    @Test
    void unknownRunIsNotFound() {
        given().when().get("/api/calibrations/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().when().get("/api/calibrations/not-a-uuid/charts/scatter.svg").then().statusCode(404);
    }

    private void assertNothingStored(long questionsBefore) {
        assertThat(QuarkusTransaction.requiringNew().call(() -> runs.count())).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> items.count())).isZero();
        assertThat(count()).isEqualTo(questionsBefore);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> questions.count());
    }

    private static JsonPath awaitCompleted(String id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath run = given().when().get("/api/calibrations/" + id).then().statusCode(200)
                    .body("progress.total", notNullValue()).extract().jsonPath();
            String status = run.getString("status");
            if (status.equals("completed")) {
                return run;
            }
            assertThat(status).as("run %s: %s", id, run.getString("error")).isIn("queued", "running");
            assertThat(System.currentTimeMillis()).as("run still %s after 60 s", status).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CalibrationApiTest.class.getResourceAsStream("/calibration/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
