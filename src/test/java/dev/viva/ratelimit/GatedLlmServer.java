package dev.viva.ratelimit;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible stub whose answers a test can hold back: after {@link #hold()}, every
 * chat-completion call waits until {@link #release()} (or {@link #MAX_HOLD} passes), then gets the
 * recorded event-loop grading. {@link #awaitCalls} waits until calls have arrived, so that a test
 * knows a grading is in flight.
 */
public class GatedLlmServer implements QuarkusTestResourceLifecycleManager {

    static final Duration MAX_HOLD = Duration.ofSeconds(20);

    private static final Semaphore ARRIVED = new Semaphore(0);
    // a latch, not wait/notify: on Java 21 a virtual thread waiting in a monitor pins its carrier
    private static volatile CountDownLatch gate = new CountDownLatch(0);

    private HttpServer server;

    /** Calls from now on wait for {@link #release()}; arrivals counted so far are forgotten. */
    static void hold() {
        ARRIVED.drainPermits();
        gate = new CountDownLatch(1);
    }

    static void release() {
        gate.countDown();
    }

    static boolean awaitCalls(int calls) throws InterruptedException {
        return ARRIVED.tryAcquire(calls, 10, TimeUnit.SECONDS);
    }

    @Override
    public Map<String, String> start() {
        byte[] body = recorded();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                in.readAllBytes();
                CountDownLatch waitFor = gate;
                ARRIVED.release();
                try {
                    waitFor.await(MAX_HOLD.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return Map.of(
                "quarkus.langchain4j.openai.base-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/",
                "quarkus.langchain4j.openai.api-key", "test-key",
                "viva.llm.enabled", "true",
                "viva.llm.timeout", (MAX_HOLD.toSeconds() + 10) + "s",
                "viva.llm.retries", "0");
    }

    private static byte[] recorded() {
        try (InputStream in = GatedLlmServer.class.getResourceAsStream("/evaluation/llm-what-event-loop.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        release();
        if (server != null) {
            server.stop(0);
        }
    }
}
