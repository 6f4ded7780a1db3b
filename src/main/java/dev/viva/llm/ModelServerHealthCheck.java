package dev.viva.llm;

import dev.viva.support.CachedValue;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness names the model server, and never fails on it: an instance that cannot reach the model still
 * takes answers, grades offline ones, and keeps LLM ones stored as ungraded for the retry job, so an
 * orchestrator must neither stop routing to it nor restart it. The check is always UP and says in its data
 * whether the server answered ({@code modelServer: reachable}, {@code unreachable} or {@code disabled}) and the
 * circuit breaker's state. Any HTTP answer to {@code GET {base-url}models} counts as reachable (401 included):
 * the question is the network path, not the key.
 */
@Readiness
@ApplicationScoped
public class ModelServerHealthCheck implements HealthCheck {

    static final String NAME = "model server";

    private final LlmConfig config;
    private final URI probe;
    private final HttpClient http;
    private final CachedValue<Boolean> reachable;

    public ModelServerHealthCheck(LlmConfig config,
            @ConfigProperty(name = "quarkus.langchain4j.openai.base-url") String baseUrl) {
        this.config = config;
        this.probe = URI.create(baseUrl.endsWith("/") ? baseUrl + "models" : baseUrl + "/models");
        this.http = HttpClient.newBuilder().connectTimeout(config.health().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.reachable = new CachedValue<>(this::probe, config.health().cacheTtl());
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.enabled()) {
            return HealthCheckResponse.named(NAME).up().withData("modelServer", "disabled").build();
        }
        return HealthCheckResponse.named(NAME).up()
                .withData("modelServer", reachable.get() ? "reachable" : "unreachable")
                .withData("circuitBreaker", circuitState())
                .build();
    }

    private boolean probe() {
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

    private static String circuitState() {
        try {
            return CircuitBreakerMaintenance.get().currentState(LlmCallPolicy.CIRCUIT).name().toLowerCase(Locale.ROOT);
        } catch (RuntimeException notCreatedYet) {
            return "closed";
        }
    }
}
