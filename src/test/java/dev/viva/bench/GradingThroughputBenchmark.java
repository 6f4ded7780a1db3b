package dev.viva.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** Before the first level: the JIT compiles the hot paths, so the levels measure a warm service. */
    private static final Duration JIT_WARMUP = Duration.ofSeconds(Long.getLong("bench.jitWarmupSeconds", 90));
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 5));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measureSeconds", 15));
    /** Makes every answer of this run new to Viva, so that no stored result is reused from an earlier run. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final int VIVA_PORT = Integer.getInteger("bench.port", 8099);
    private static final String QUESTION = System.getProperty("bench.question", "what-event-loop");
    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while I/O "
            + "happens in the background. When an operation completes, its callback is queued and the loop runs it "
            + "once the call stack is empty. Timers, I/O callbacks and setImmediate callbacks run in different phases.";

    /** The API key the service creates at start (VIVA_API_KEY) and the load generator sends. */
    private static final String API_KEY = "viva_bench-" + RUN + "-" + UUID.randomUUID();

    /** Numbers every answer of the run, across all levels, so that no level reuses an earlier level's answers. */
    private final AtomicLong answerNumber = new AtomicLong();
    private ProcessCpu cpu;

    private final Vertx vertx = Vertx.vertx();
    /** The load generator's client: one pooled connection per grading in flight. */
    private final io.vertx.core.http.HttpClient loadClient = vertx.createHttpClient(new HttpClientOptions()
            .setTcpNoDelay(true).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(4096));

    /** For start-up checks only. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
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
        dropBenchSchema();
        HttpServer stub = StubChatCompletions.start(vertx, STUB_DELAY);
        Process viva = startViva(stub.actualPort());
        cpu = new ProcessCpu(viva.toHandle());
        try {
            awaitReady();
            if (!which.equals("offline")) {
                int[] levels = levels("bench.levels", "1,50,200,500");
                warmUp(Arrays.stream(levels).max().orElse(1), "llm");
                System.out.printf(Locale.ROOT, "%nLLM path, stub latency %d ms (grader=llm)%n", STUB_DELAY.toMillis());
                System.out.println("in-flight | gradings/s | bound/s | of bound | added p50 ms | added p99 ms "
                        + "| outside grading p50 ms | errors | service CPU ms/grading | PostgreSQL CPU ms/grading");
                for (int inFlight : levels) {
                    Result r = load(inFlight, "llm");
                    double bound = inFlight * 1000.0 / STUB_DELAY.toMillis();
                    System.out.printf(Locale.ROOT, "%9d | %10.1f | %7.1f | %7.1f%% | %12.1f | %12.1f | %22.1f | %6d | %21.2f | %24.2f%n",
                            inFlight, r.perSecond(), bound, 100 * r.perSecond() / bound,
                            r.percentile(50) - STUB_DELAY.toMillis(), r.percentile(99) - STUB_DELAY.toMillis(),
                            r.outsideGradingPercentile(50), r.errors(), r.serviceCpuMillisPerGrading(),
                            r.postgresCpuMillisPerGrading());
                }
            }
            if (!which.equals("llm")) {
                if (which.equals("offline")) {
                    warmUp(2, "offline");
                }
                System.out.printf(Locale.ROOT, "%nOffline grader, end to end (grader=offline)%n");
                System.out.println("in-flight | answers/s | p50 ms | p95 ms | errors | service CPU ms/answer | PostgreSQL CPU ms/answer");
                for (int inFlight : levels("bench.offlineLevels", "1,2,4")) {
                    Result r = load(inFlight, "offline");
                    System.out.printf(Locale.ROOT, "%9d | %9.1f | %6.1f | %6.1f | %6d | %20.2f | %23.2f%n", inFlight,
                            r.perSecond(), r.percentile(50), r.percentile(95), r.errors(), r.serviceCpuMillisPerGrading(),
                            r.postgresCpuMillisPerGrading());
                }
            }
            System.out.printf(Locale.ROOT, "%nService peak RSS (VmHWM): %.0f MiB%n", cpu.peakRssMib());
        } finally {
            stop(viva);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** Grades unmeasured answers for {@link #JIT_WARMUP}, as a long-running service would have done. */
    private void warmUp(int inFlight, String grader) throws InterruptedException {
        if (JIT_WARMUP.isZero()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%nWarm-up (not measured): %d s at %d in flight, grader=%s%n",
                JIT_WARMUP.toSeconds(), inFlight, grader);
        load(inFlight, grader, JIT_WARMUP);
    }

    /**
     * Every run starts from an empty {@code viva_bench} schema (Viva's Flyway recreates it), so that
     * the rows and autovacuum work of earlier runs do not slow later ones down.
     */
    private static void dropBenchSchema() throws SQLException {
        String url = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/postgres");
        try (var connection = DriverManager.getConnection(url, "postgres", "postgres");
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists viva_bench cascade");
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
        if (!viva.waitFor(20, TimeUnit.SECONDS)) {
            viva.destroyForcibly().waitFor();
        }
    }

    private static int[] levels(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
    }

    /** Keeps {@code inFlight} gradings running; every answer is unique so no cached result is reused. */
    private Result load(int inFlight, String grader) throws InterruptedException {
        return load(inFlight, grader, MEASURE);
    }

    /**
     * Each of {@code inFlight} request chains sends its next grading as soon as the previous one is
     * answered, on Vert.x event loops: the load generator shares the two cores with Viva, the stub and
     * PostgreSQL, so it must cost as little as possible.
     */
    private Result load(int inFlight, String grader, Duration measure) throws InterruptedException {
        Level level = new Level(grader, inFlight);
        for (int i = 0; i < inFlight; i++) {
            level.sendNext();
        }
        Thread.sleep(WARMUP.toMillis());
        ProcessCpu.Sample before = cpu.now();
        level.measuring.set(true);
        Thread.sleep(measure.toMillis());
        level.measuring.set(false);
        ProcessCpu.Sample used = cpu.now().since(before);
        level.running.set(false);
        level.stopped.await(90, TimeUnit.SECONDS);
        return new Result(sorted(level.latencies), sorted(level.outsideGrading), measure, level.errors.get(), used);
    }

    private static List<Long> sorted(ConcurrentLinkedQueue<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }

    /** One load level: its request chains and what they measured. */
    private final class Level {

        final String grader;
        final AtomicBoolean measuring = new AtomicBoolean(false);
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong errors = new AtomicLong();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> outsideGrading = new ConcurrentLinkedQueue<>();
        final CountDownLatch stopped;

        Level(String grader, int inFlight) {
            this.grader = grader;
            this.stopped = new CountDownLatch(inFlight);
        }

        void sendNext() {
            if (!running.get()) {
                stopped.countDown();
                return;
            }
            String body = "{\"questionId\":\"" + QUESTION + "\",\"grader\":\"" + grader + "\",\"answer\":\""
                    + ANSWER + " Run " + RUN + "-" + answerNumber.incrementAndGet() + ".\"}";
            long start = System.nanoTime();
            loadClient.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(VIVA_PORT)
                            .setURI("/api/evaluations").setTimeout(60_000)
                            .putHeader("Content-Type", "application/json").putHeader("Authorization", "Bearer " + API_KEY))
                    .compose(request -> request.send(body))
                    .compose(response -> response.body().map(evaluation -> gradingMillis(response.statusCode(), evaluation)))
                    .onComplete(outcome -> {
                        long micros = (System.nanoTime() - start) / 1000;
                        if (measuring.get()) {
                            if (outcome.succeeded() && outcome.result() >= 0) {
                                latencies.add(micros);
                                outsideGrading.add(micros - outcome.result() * 1000);
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                        sendNext();
                    });
        }
    }

    private static final Pattern GRADING_MILLIS = Pattern.compile("\"latencyMillis\":(\\d+)");

    /**
     * @return for a new grading done now, the time its grading pipeline took (from its provenance:
     *         guard, grader including the model call, evidence check, total); -1 for a stored result
     *         reused from the cache, an ungraded answer (a failed LLM call) or any other answer, which
     *         count as errors, so that they are never mistaken for fast gradings
     */
    private static long gradingMillis(int status, Buffer evaluation) {
        String json = evaluation.toString();
        if (status != 201 || !json.contains("\"cached\":false") || json.contains("\"status\":\"ungraded\"")) {
            return -1;
        }
        Matcher m = GRADING_MILLIS.matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
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
        // the load generator is one API key with up to 500 gradings in flight: far above the default limits
        pb.environment().put("VIVA_RATE_LIMIT_REQUESTS_PER_MINUTE", "100000000");
        pb.environment().put("VIVA_RATE_LIMIT_GRADINGS_IN_FLIGHT", "100000");
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

    /** Latencies in microseconds; {@code outsideGrading}: each one minus its grading pipeline's time. */
    private record Result(List<Long> sortedMicros, List<Long> outsideGrading, Duration window, long errors,
            ProcessCpu.Sample cpu) {

        /** The service's CPU over the measured window divided by the gradings completed in it. */
        double serviceCpuMillisPerGrading() {
            return sortedMicros.isEmpty() ? Double.NaN : cpu.service().toNanos() / 1e6 / sortedMicros.size();
        }

        double postgresCpuMillisPerGrading() {
            return sortedMicros.isEmpty() ? Double.NaN : cpu.postgres().toNanos() / 1e6 / sortedMicros.size();
        }

        double perSecond() {
            return sortedMicros.size() / (window.toMillis() / 1000.0);
        }

        double percentile(int p) {
            return percentile(sortedMicros, p);
        }

        double outsideGradingPercentile(int p) {
            return percentile(outsideGrading, p);
        }

        private static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1000.0;
        }
    }

    /**
     * A minimal OpenAI-compatible chat-completions server that answers after a fixed delay, on a Vert.x
     * timer: no thread waits, so the stub costs almost nothing beside the service it stands in for.
     */
    static final class StubChatCompletions {

        static HttpServer start(Vertx vertx, Duration delay) throws Exception {
            Buffer completion = Buffer.buffer(cannedCompletion());
            return vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true).setIdleTimeout(0))
                    .requestHandler(request -> request.body().onComplete(read -> vertx.setTimer(delay.toMillis(),
                            timer -> request.response().putHeader("Content-Type", "application/json").end(completion))))
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }

        private static byte[] cannedCompletion() throws IOException {
            try (InputStream in = GradingThroughputBenchmark.class.getResourceAsStream("/bench/chat-completion.json")) {
                if (in == null) {
                    throw new IllegalStateException("missing src/test/resources/bench/chat-completion.json");
                }
                return in.readAllBytes();
            }
        }
    }
}
