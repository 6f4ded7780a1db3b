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
import java.util.concurrent.CountDownLatch;
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
    // a latch, not synchronized/wait: on Java 21 a virtual thread waiting in a monitor pins its carrier
    private final CountDownLatch allArrived = new CountDownLatch(TARGET);
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
                "viva.llm.enabled", "true",
                "viva.llm.timeout", (MAX_HOLD_SECONDS + 15) + "s",
                "viva.llm.retries", "0");
    }

    /** No call is answered before TARGET have arrived, so until then every arrived call is still open. */
    private void holdUntilTargetIsOpen() {
        MOST_OPEN_AT_ONCE.accumulateAndGet(open.incrementAndGet(), Math::max);
        allArrived.countDown();
        try {
            allArrived.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
