package dev.viva.llm;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the model server answers at all: any HTTP answer to {@code GET {base-url}models} counts (401
 * included: the question is the network path, not the key). Remembered for {@code viva.llm.health.cache-ttl}
 * (the {@code model-server-probe} cache), so that frequent health checks do not call the server each time.
 */
@ApplicationScoped
public class ModelServerProbe {

    private final LlmConfig config;
    private final URI probe;
    private final HttpClient http;

    public ModelServerProbe(LlmConfig config, @ConfigProperty(name = "quarkus.langchain4j.openai.base-url") String baseUrl) {
        this.config = config;
        this.probe = URI.create(baseUrl.endsWith("/") ? baseUrl + "models" : baseUrl + "/models");
        this.http = HttpClient.newBuilder().connectTimeout(config.health().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @CacheResult(cacheName = "model-server-probe")
    public boolean reachable() {
        try {
            http.send(HttpRequest.newBuilder(probe).timeout(config.health().timeout()).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
