package dev.viva.grading.llm;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible stub that holds every chat-completion call open until {@link #TARGET} calls
 * are open at the same time (or {@link #MAX_HOLD_SECONDS} pass), then answers them all with the
 * recorded event-loop grading. It records the most calls it ever saw open at once.
 */
public class HeldCallsLlmServer implements QuarkusTestResourceLifecycleManager {

    static final int TARGET = 250;
    static final int MAX_HOLD_SECONDS = 15;
    static final AtomicInteger MOST_OPEN_AT_ONCE = new AtomicInteger();

    private final AtomicInteger open = new AtomicInteger();
    private final Object allArrived = new Object();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        byte[] body = GradingExamples.recorded("grading-event-loop.json").getBytes(StandardCharsets.UTF_8);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                in.readAllBytes();
                holdUntilTargetIsOpen();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            } finally {
                open.decrementAndGet();
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return Map.of(
                "quarkus.langchain4j.openai.base-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/",
                "quarkus.langchain4j.openai.api-key", "test-key",
                "viva.grading.llm.enabled", "true",
                "viva.grading.llm.timeout", (MAX_HOLD_SECONDS + 15) + "s",
                "viva.grading.llm.retries", "0");
    }

    private void holdUntilTargetIsOpen() {
        int now = open.incrementAndGet();
        MOST_OPEN_AT_ONCE.accumulateAndGet(now, Math::max);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_HOLD_SECONDS);
        synchronized (allArrived) {
            allArrived.notifyAll();
            while (MOST_OPEN_AT_ONCE.get() < TARGET && System.nanoTime() < deadline) {
                try {
                    allArrived.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
