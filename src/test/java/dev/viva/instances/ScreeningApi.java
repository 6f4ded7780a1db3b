package dev.viva.instances;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The screening API of a running instance, over plain HTTP with the instance's API key. */
public final class ScreeningApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ScreeningApi() {
    }

    public static String create(VivaProcess at, String grader, List<String> questionIds) throws Exception {
        String body = JSON.writeValueAsString(Map.of("name", "IT screening", "questionIds", questionIds,
                "grader", grader, "blind", true));
        return send(at, "POST", "/api/screenings", "application/json", body, 201).get("id").asText();
    }

    public static JsonNode upload(VivaProcess at, String screening, String csv) throws Exception {
        return send(at, "POST", "/api/screenings/" + screening + "/submissions", "text/csv", csv, 202);
    }

    public static JsonNode get(VivaProcess at, String screening) throws Exception {
        return send(at, "GET", "/api/screenings/" + screening, null, null, 200);
    }

    /** Polls until the screening's progress satisfies the condition; returns the last state seen. */
    public static JsonNode await(VivaProcess at, String screening, Predicate<JsonNode> condition, Duration within)
            throws Exception {
        long end = System.nanoTime() + within.toNanos();
        JsonNode last = get(at, screening);
        while (!condition.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not reached within " + within + ": " + last);
            }
            Thread.sleep(500);
            last = get(at, screening);
        }
        return last;
    }

    public static boolean complete(JsonNode screening) {
        return "complete".equals(screening.get("status").asText());
    }

    /** A CSV of {@code candidates} candidates, each answering every question with one of a few real answers. */
    public static String answers(int candidates, List<String> questionIds) {
        List<String> texts = List.of(
                "The event loop lets one JavaScript thread serve many requests: while I/O waits in the OS or the"
                        + " libuv pool, finished callbacks are queued and run when the call stack is empty.",
                "A promise stands for a value that arrives later; it is pending, then fulfilled or rejected, and"
                        + " then() and catch() chain on it.",
                "Streams process data piece by piece instead of loading it all into memory; readable, writable,"
                        + " duplex and transform streams, with backpressure through pipe().",
                "It is a loop that runs things.");
        StringBuilder csv = new StringBuilder("candidateRef,questionId,answer\n");
        for (int c = 1; c <= candidates; c++) {
            for (int q = 0; q < questionIds.size(); q++) {
                String text = texts.get((c + q) % texts.size()) + " (candidate " + c + ")";
                csv.append("cand-").append(c).append(',').append(questionIds.get(q)).append(",\"")
                        .append(text).append("\"\n");
            }
        }
        return csv.toString();
    }

    /** Any call to the instance with its API key; fails unless the status is the expected one. */
    public static JsonNode send(VivaProcess at, String method, String path, String type, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(at.url(path))).timeout(Duration.ofSeconds(60))
                .header("X-API-Key", VivaProcess.API_KEY).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + path + " on " + at.name() + ": " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
