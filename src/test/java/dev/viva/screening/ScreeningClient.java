package dev.viva.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Test helper: the screening API as a hiring team calls it (the caller is the test's security identity). */
public final class ScreeningClient {

    private ScreeningClient() {
    }

    public static String create(String grader, boolean blind, String... questionIds) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "Backend engineers", "questionIds", List.of(questionIds), "grader", grader,
                        "blind", blind))
                .post("/api/screenings").then().statusCode(201).extract().path("id");
    }

    public static Response upload(String screening, String csv) {
        return given().contentType("text/csv").body(csv).post("/api/screenings/" + screening + "/submissions");
    }

    public static Response uploadNdjson(String screening, String ndjson) {
        return given().contentType("application/x-ndjson").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/screenings/" + screening + "/submissions");
    }

    public static Response get(String screening) {
        return given().get("/api/screenings/" + screening);
    }

    public static Response ranking(String screening) {
        return given().get("/api/screenings/" + screening + "/ranking");
    }

    /** Waits until every answer is graded or needs review (the job engine polls every 5 s in tests). */
    public static Response awaitComplete(String screening, Duration within) {
        long end = System.nanoTime() + within.toNanos();
        Response r;
        do {
            r = get(screening);
            if ("complete".equals(r.path("status"))) {
                return r;
            }
            sleep(500);
        } while (System.nanoTime() < end);
        assertThat((String) r.path("status")).as("status after %s: %s", within, r.asString()).isEqualTo("complete");
        return r;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
