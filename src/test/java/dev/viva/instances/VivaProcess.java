package dev.viva.instances;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar) as an operating system process on the local
 * PostgreSQL, in a schema of its own: what production runs. Several share one schema as instances do.
 * {@link #kill()} is a kill -9 (SIGKILL): no shutdown hook runs.
 */
public final class VivaProcess implements AutoCloseable {

    public static final String API_KEY = "viva_it_0123456789abcdef0123";
    private static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final String name;
    private final String schema;
    private final Map<String, String> settings;
    private final int port;
    private final Path log;
    private Process process;

    private VivaProcess(String name, String schema, Map<String, String> settings) throws IOException {
        this.name = name;
        this.schema = schema;
        this.settings = settings;
        this.port = freePort();
        this.log = Files.createTempFile("viva-" + name + "-", ".log");
    }

    /** Starts an instance and waits until it is ready; the schema must be {@link #freshSchema fresh} or shared. */
    public static VivaProcess start(String name, String schema, Map<String, String> settings) throws Exception {
        VivaProcess p = new VivaProcess(name, schema, settings);
        p.launch();
        return p;
    }

    /** Settings for fast recovery in tests: short leases, frequent retries and sweeps. */
    public static Map<String, String> quickRecovery() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("viva.screening.grading-lease", "15s");
        s.put("viva.grading.retry.every", "2s");
        s.put("viva.grading.retry.initial-delay", "1s");
        // A retry batch claimed by an instance that is then killed waits for its lease: with the production 5 min
        // the last answers came 4.5 min after the last restart (one CI run, 2026-12-04). The offline gradings here
        // take milliseconds, so 15 s is ample.
        s.put("viva.grading.retry.lease", "15s");
        s.put("viva.screening.sweep-every", "5s");
        s.put("viva.rate-limit.requests-per-minute", "100000");
        // A job orphaned by a kill before it claimed its answer waits for JobRunr's retry, whose back-off is
        // seed^failures seconds: with the production seed 3, a job orphaned by three kills waits minutes
        // (one CI run: the last answers 4.5 min after the last restart). 2 keeps it under 20 s here.
        s.put("viva.jobs.backoff-seed", "2");
        return s;
    }

    public void launch() throws Exception {
        String jar = System.getProperty("viva.jar", "target/quarkus-app/quarkus-run.jar");
        if (!new File(jar).isFile()) {
            throw new IllegalStateException(jar + " is missing: package the service first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-Dquarkus.http.port=" + port,
                "-Dquarkus.log.console.format=%d{HH:mm:ss,SSS} %-5p [%c{2.}] %s%e%n"));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("VIVA_DB_SCHEMA", schema);
        builder.environment().put("VIVA_ADMIN_PASSWORD", "it-admin-password-0123");
        builder.environment().put("VIVA_API_KEY", API_KEY);
        builder.environment().put("VIVA_API_KEY_ROLE", "admin");
        process = builder.start();
        awaitReady(Duration.ofSeconds(120));
    }

    private void awaitReady(Duration within) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log: " + log);
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + within + "; log: " + log);
    }

    /** kill -9: the process gets SIGKILL and runs nothing on its way out. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Drops the schema so that the first instance creates it anew (Flyway and JobRunr migrations). */
    public static void freshSchema(String schema) throws SQLException {
        try (Connection c = connection()) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    public static Connection connection() throws SQLException {
        return DriverManager.getConnection(JDBC, "postgres", "postgres");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
