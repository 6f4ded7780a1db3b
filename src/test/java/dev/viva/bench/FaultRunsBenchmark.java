package dev.viva.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.viva.instances.ScreeningApi;
import dev.viva.instances.ScreeningGradingCounts;
import dev.viva.instances.VivaProcess;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Faults under load, the packaged service as a process (issue: hardening): PostgreSQL stopped for 20 s
 * mid-screening, a model server failing every other call, and a soak at 200 in flight. (kill -9 at
 * random moments, three times, is an integration test in CI: KillNineMidScreeningIT.)
 * Needs root (it stops and starts the local PostgreSQL cluster with pg_ctlcluster) and the packaged jar:
 * {@code ./mvnw -B package -DskipTests && ./mvnw -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.viva.bench.FaultRunsBenchmark}. Stop every other user of the database first.
 */
public final class FaultRunsBenchmark {

    private static final String SCHEMA = "viva_bench_faults";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * No argument: both fault runs; else the runs named ({@code outage}, {@code flaky}),
     * or {@code soak [minutes]} alone (10 minutes by default).
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("soak")) {
            soak(args.length > 1 ? Integer.parseInt(args[1]) : 10);
            return;
        }
        List<String> runs = args.length == 0 ? List.of("outage", "flaky") : List.of(args);
        if (runs.contains("outage")) {
            databaseOutage();
        }
        if (runs.contains("flaky")) {
            halfTheModelCallsFail();
        }
    }

    /**
     * 200 clients grading at once through POST /api/evaluations (the stub model answering after 500 ms)
     * for the given minutes: errors, and RSS and heap after a full GC at the first minute and at the end.
     */
    static void soak(int minutes) throws Exception {
        WireMockServer model = stubModel(500, false);
        VivaProcess.freshSchema(SCHEMA);
        Map<String, String> settings = llmSettings(model);
        settings.put("viva.rate-limit.gradings-in-flight", "100000");
        settings.put("viva.llm.max-connections", "400");
        try (VivaProcess viva = VivaProcess.start("soak", SCHEMA, settings)) {
            Map<Integer, java.util.concurrent.atomic.AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
            java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong counter = new java.util.concurrent.atomic.AtomicLong();
            long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
            long[] first = null;
            try (var clients = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 200; i++) {
                    clients.submit(() -> {
                        while (System.nanoTime() < end) {
                            String body = "{\"questionId\":\"what-event-loop\",\"grader\":\"llm\",\"answer\":\"The event loop"
                                    + " runs callbacks when the call stack is empty (soak " + counter.incrementAndGet() + ").\"}";
                            try {
                                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(viva.url("/api/evaluations")))
                                        .timeout(Duration.ofSeconds(60)).header("X-API-Key", VivaProcess.API_KEY)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                        HttpResponse.BodyHandlers.discarding());
                                statuses.computeIfAbsent(r.statusCode(), k -> new java.util.concurrent.atomic.AtomicLong())
                                        .incrementAndGet();
                            } catch (Exception e) {
                                failures.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
                Thread.sleep(Duration.ofMinutes(Math.min(1, minutes)));
                first = memory(viva.pid());
                System.out.printf("  after 1 min: RSS %d MB, heap after GC %d MB, %s%n", first[0], first[1], statuses);
            }
            long[] last = memory(viva.pid());
            System.out.printf("Soak, %d min at 200 in flight (stub model 500 ms): responses %s, transport failures %d;"
                    + " RSS %d -> %d MB (%+.1f%%), heap after GC %d -> %d MB (%+.1f%%)%n", minutes, statuses, failures.get(),
                    first[0], last[0], 100.0 * (last[0] - first[0]) / first[0], first[1], last[1],
                    100.0 * (last[1] - first[1]) / first[1]);
        } finally {
            model.stop();
        }
    }

    /** RSS (from /proc) and the heap in use after a full GC (jcmd), in MB. */
    private static long[] memory(long pid) throws Exception {
        String jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String heap = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(heap);
        long heapKb = used.find() ? Long.parseLong(used.group(1)) : -1;
        long rssKb = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong)
                .findFirst().orElse(-1);
        return new long[] {rssKb / 1024, heapKb / 1024};
    }

    /** A screening on the 2 s stub model with 100 calls in flight; PostgreSQL stops for 20 s in the middle. */
    static void databaseOutage() throws Exception {
        WireMockServer model = stubModel(2000, false);
        VivaProcess.freshSchema(SCHEMA);
        try (VivaProcess viva = VivaProcess.start("outage", SCHEMA, llmSettings(model))) {
            String screening = ScreeningApi.create(viva, "llm", List.of("what-event-loop"));
            ScreeningApi.upload(viva, screening, ScreeningApi.answers(600, List.of("what-event-loop")));
            ScreeningApi.await(viva, screening, s -> graded(s) >= 100, Duration.ofMinutes(3));
            long stoppedAt = System.nanoTime();
            cluster("stop");
            Map<String, Integer> statuses = new TreeMap<>();
            int withRetryAfter = 0;
            while (System.nanoTime() - stoppedAt < Duration.ofSeconds(20).toNanos()) {
                HttpResponse<String> r = call(viva, "/api/screenings/" + screening);
                statuses.merge(Integer.toString(r.statusCode()), 1, Integer::sum);
                withRetryAfter += r.headers().firstValue("Retry-After").isPresent() ? 1 : 0;
                Thread.sleep(200);
            }
            cluster("start");
            long recovering = System.nanoTime();
            while (call(viva, "/api/screenings/" + screening).statusCode() != 200) {
                Thread.sleep(200);
            }
            double recoveredIn = (System.nanoTime() - recovering) / 1e9;
            JsonNode done = ScreeningApi.await(viva, screening, ScreeningApi::complete, Duration.ofMinutes(10));
            ScreeningGradingCounts counts = ScreeningGradingCounts.of(SCHEMA, screening);
            System.out.printf("PostgreSQL stopped 20 s with up to 100 gradings in flight: during the outage %s"
                    + " (%d with Retry-After); answering again %.1f s after the start; at the end %s; %s%n",
                    statuses, withRetryAfter, recoveredIn, done.get("progress"), counts);
        } finally {
            model.stop();
        }
    }

    /** Every other model call fails with a 500: no grade comes from a failed call, everything ends graded. */
    static void halfTheModelCallsFail() throws Exception {
        WireMockServer model = stubModel(200, true);
        VivaProcess.freshSchema(SCHEMA);
        try (VivaProcess viva = VivaProcess.start("flaky", SCHEMA, llmSettings(model))) {
            String screening = ScreeningApi.create(viva, "llm", List.of("what-event-loop"));
            ScreeningApi.upload(viva, screening, ScreeningApi.answers(300, List.of("what-event-loop")));
            JsonNode done = ScreeningApi.await(viva, screening, ScreeningApi::complete, Duration.ofMinutes(10));
            int calls = model.getAllServeEvents().size();
            long failed = model.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() != 200).count();
            int fromReplies;
            try (var c = VivaProcess.connection(); ResultSet r = c.createStatement().executeQuery(
                    "SELECT count(*) FROM " + SCHEMA + ".evaluation WHERE screening_id = '" + screening + "'"
                            + " AND status <> 'UNGRADED' AND CAST(provenance->>'tokensIn' AS INT) = 800")) {
                r.next();
                fromReplies = r.getInt(1);
            }
            System.out.printf("Model server failing every other call: %d calls, %d failed; at the end %s; %d of 300"
                    + " graded from a successful reply (800 prompt tokens recorded); %s%n", calls, failed,
                    done.get("progress"), fromReplies, ScreeningGradingCounts.of(SCHEMA, screening));
        } finally {
            model.stop();
        }
    }

    private static long graded(JsonNode screening) {
        JsonNode p = screening.get("progress");
        return p.get("graded").asLong() + p.get("needsReview").asLong();
    }

    private static Map<String, String> llmSettings(WireMockServer model) {
        Map<String, String> s = new LinkedHashMap<>(VivaProcess.quickRecovery());
        s.put("viva.llm.enabled", "true");
        s.put("quarkus.langchain4j.openai.base-url", model.baseUrl() + "/v1/");
        s.put("quarkus.langchain4j.openai.api-key", "faults");
        s.put("viva.llm.timeout", "30s");
        s.put("viva.screening.max-llm-in-flight", "100");
        s.put("viva.jobs.workers", "128");
        s.put("viva.screening.grading-lease", "2m");
        return s;
    }

    /** The stub model: the recorded grading after {@code delayMillis}; with {@code flaky} every other call a 500. */
    private static WireMockServer stubModel(int delayMillis, boolean flaky) throws Exception {
        WireMockServer stub = new WireMockServer(options().dynamicPort().containerThreads(400)
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(200));
        stub.start();
        String reply;
        try (InputStream in = FaultRunsBenchmark.class.getResourceAsStream("/evaluation/llm-what-event-loop.json")) {
            reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!flaky) {
            stub.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(reply).withFixedDelay(delayMillis)));
            return stub;
        }
        stub.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withFixedDelay(delayMillis)).willSetStateTo("ok"));
        stub.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson(reply).withFixedDelay(delayMillis)).willSetStateTo(Scenario.STARTED));
        return stub;
    }

    private static HttpResponse<String> call(VivaProcess viva, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(viva.url(path))).timeout(Duration.ofSeconds(10))
                    .header("X-API-Key", VivaProcess.API_KEY).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cluster(String action) throws Exception {
        String version;
        try (var versions = java.nio.file.Files.list(java.nio.file.Path.of("/etc/postgresql"))) {
            version = versions.map(v -> v.getFileName().toString()).max(java.util.Comparator.naturalOrder()).orElseThrow();
        }
        Process p = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pg_ctlcluster " + action + " failed");
        }
    }
}
