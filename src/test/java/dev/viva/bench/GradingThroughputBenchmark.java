package dev.viva.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures what Viva adds on top of the grader, end to end through HTTP and PostgreSQL:
 * <ol>
 *   <li>LLM path: a stub OpenAI-compatible server answers every chat completion after a fixed delay
 *       (500 ms); at 1, 50, 200 and 500 gradings in flight it prints the throughput as a fraction of
 *       the bound (in-flight / delay) and the latency Viva adds to the stub's delay (p50, p99);</li>
 *   <li>offline path: answers per second and p50/p95 latency with the embedded grader.</li>
 * </ol>
 * It starts the packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a child process
 * against the schema {@code viva_bench}. Run it with the command in the README.
 */
public final class GradingThroughputBenchmark {

    private static final Duration STUB_DELAY = Duration.ofMillis(Long.getLong("bench.stubDelayMs", 500));
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 5));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measureSeconds", 15));
    /** Makes every answer of this run new to Viva, so that no stored result is reused from an earlier run. */
    private static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 8);
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final int VIVA_PORT = Integer.getInteger("bench.port", 8099);
    private static final String QUESTION = System.getProperty("bench.question", "what-event-loop");
    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while I/O "
            + "happens in the background. When an operation completes, its callback is queued and the loop runs it "
            + "once the call stack is empty. Timers, I/O callbacks and setImmediate callbacks run in different phases.";

    /** The API key the service creates at start (VIVA_API_KEY) and the load generator sends. */
    private static final String API_KEY = "viva_bench-" + RUN + "-" + java.util.UUID.randomUUID();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        // The JDK's stub server writes headers and body separately: without TCP_NODELAY, Nagle and
        // delayed ACKs would add ~40 ms to every stub call and be misread as Viva's overhead.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int status = 0;
        try {
            new GradingThroughputBenchmark().run(args.length > 0 ? args[0] : "all");
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private void run(String which) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("Package Viva first: ./mvnw -B package -DskipTests");
        }
        requirePortFree(VIVA_PORT);
        HttpServer stub = StubChatCompletions.start(STUB_DELAY);
        Process viva = startViva(stub.getAddress().getPort());
        try {
            awaitReady();
            if (!which.equals("offline")) {
                System.out.printf(Locale.ROOT, "%nLLM path, stub latency %d ms (grader=llm)%n", STUB_DELAY.toMillis());
                System.out.println("in-flight | gradings/s | bound/s | of bound | added p50 ms | added p99 ms | errors");
                for (int inFlight : levels("bench.levels", "1,50,200,500")) {
                    Result r = load(inFlight, "llm");
                    double bound = inFlight * 1000.0 / STUB_DELAY.toMillis();
                    System.out.printf(Locale.ROOT, "%9d | %10.1f | %7.1f | %7.1f%% | %12.1f | %12.1f | %d%n", inFlight,
                            r.perSecond(), bound, 100 * r.perSecond() / bound,
                            r.percentile(50) - STUB_DELAY.toMillis(), r.percentile(99) - STUB_DELAY.toMillis(),
                            r.errors());
                }
            }
            if (!which.equals("llm")) {
                System.out.printf(Locale.ROOT, "%nOffline grader, end to end (grader=offline)%n");
                System.out.println("in-flight | answers/s | p50 ms | p95 ms | errors");
                for (int inFlight : levels("bench.offlineLevels", "1,2,4")) {
                    Result r = load(inFlight, "offline");
                    System.out.printf(Locale.ROOT, "%9d | %9.1f | %6.1f | %6.1f | %d%n", inFlight, r.perSecond(),
                            r.percentile(50), r.percentile(95), r.errors());
                }
            }
        } finally {
            stop(viva);
            stub.stop(0);
        }
    }

    /** A service left over on the port (say from an interrupted run) would be measured instead of this build. */
    private static void requirePortFree(int port) throws IOException {
        try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
            throw new IllegalStateException("Port " + port + " is already in use (an earlier Viva still running?); "
                    + "stop it or choose another with -Dbench.port=...");
        } catch (java.net.ConnectException free) {
            // nothing listens there: good
        }
    }

    /** Stops the service and waits for it, so that no orphan keeps the port and the CPU after the run. */
    private static void stop(Process viva) throws InterruptedException {
        viva.destroy();
        if (!viva.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            viva.destroyForcibly().waitFor();
        }
    }

    private static int[] levels(String property, String defaults) {
        return java.util.Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
    }

    /** Keeps {@code inFlight} gradings running; every answer is unique so no cached result is reused. */
    private Result load(int inFlight, String grader) throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong counter = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            workers.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    String body = "{\"questionId\":\"" + QUESTION + "\",\"grader\":\"" + grader + "\",\"answer\":\""
                            + ANSWER + " Run " + RUN + "-" + counter.incrementAndGet() + ".\"}";
                    long start = System.nanoTime();
                    boolean ok = post(body);
                    long micros = (System.nanoTime() - start) / 1000;
                    if (measuring.get() && running.get()) {
                        if (ok) {
                            latencies.add(micros);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            }));
        }
        Thread.sleep(WARMUP.toMillis());
        measuring.set(true);
        Thread.sleep(MEASURE.toMillis());
        running.set(false);
        for (Thread w : workers) {
            w.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted, MEASURE, errors.get());
    }

    private boolean post(String body) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + VIVA_PORT + "/api/evaluations"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + API_KEY)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 201;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private Process startViva(int stubPort) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        // -Dbench.vivaJvmArgs="-XX:StartFlightRecording=filename=target/viva.jfr" profiles the service under load.
        String jvmArgs = System.getProperty("bench.vivaJvmArgs", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(VIVA_PORT));
        pb.environment().put("VIVA_DB_SCHEMA", "viva_bench");
        pb.environment().put("VIVA_API_KEY", API_KEY);
        pb.environment().put("VIVA_LLM_ENABLED", "true");
        pb.environment().put("VIVA_LLM_BASE_URL", "http://127.0.0.1:" + stubPort + "/v1/");
        pb.environment().put("VIVA_LLM_API_KEY", "benchmark");
        pb.environment().put("VIVA_LLM_MODEL", "stub-model");
        pb.environment().put("QUARKUS_LOG_LEVEL", "WARN");
        pb.redirectErrorStream(true).redirectOutput(Path.of("target/benchmark-viva.log").toFile());
        return pb.start();
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + VIVA_PORT + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Viva did not become ready; see target/benchmark-viva.log");
    }

    private record Result(List<Long> sortedMicros, Duration window, long errors) {

        double perSecond() {
            return sortedMicros.size() / (window.toMillis() / 1000.0);
        }

        double percentile(int p) {
            if (sortedMicros.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
            return sortedMicros.get(Math.max(0, index)) / 1000.0;
        }
    }

    /** A minimal OpenAI-compatible chat-completions server that answers after a fixed delay. */
    static final class StubChatCompletions {

        static HttpServer start(Duration delay) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 2048);
            byte[] body = cannedCompletion();
            server.createContext("/", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    in.readAllBytes();
                }
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return server;
        }

        private static byte[] cannedCompletion() throws IOException {
            try (InputStream in = GradingThroughputBenchmark.class.getResourceAsStream("/bench/chat-completion.json")) {
                if (in == null) {
                    throw new IllegalStateException("missing src/test/resources/bench/chat-completion.json");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
