package dev.viva.llm;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;

/**
 * A WireMock server standing in for an OpenAI-compatible chat-completions API. Turns the LLM grader
 * on, points the client at WireMock, and keeps time-outs and back-offs short so the suite stays fast.
 * Arguments override settings (e.g. {@code samples}).
 */
public class WireMockLlmServer implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectWireMock {
    }

    private WireMockServer server;
    private Map<String, String> overrides = Map.of();

    /** Overrides that are the LLM grader's own settings; the others are the model server's (viva.llm.*). */
    private static final java.util.Set<String> GRADER_KEYS = java.util.Set.of("samples", "min-confidence");

    @Override
    public void init(Map<String, String> initArgs) {
        overrides = initArgs;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().extensions(new ObedientModel()));
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.langchain4j.openai.base-url", server.baseUrl() + "/v1/");
        config.put("quarkus.langchain4j.openai.api-key", "test-key");
        config.put("viva.llm.enabled", "true");
        config.put("viva.llm.model", "gpt-4o-mini");
        config.put("viva.llm.timeout", "1s");
        config.put("viva.llm.initial-backoff", "50ms");
        config.put("viva.llm.max-backoff", "2s");
        config.put("viva.llm.retries", "2");
        overrides.forEach((key, value) -> config.put(
                (GRADER_KEYS.contains(key) ? "viva.grading.llm." : "viva.llm.") + key, value));
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
