package dev.viva.llm;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness names the model server, and never fails on it: an instance that cannot reach the model still
 * takes answers, grades offline ones, and keeps LLM ones stored as ungraded for the retry job, so an
 * orchestrator must neither stop routing to it nor restart it. The check is always UP and says in its data
 * whether the server answered ({@code modelServer: reachable}, {@code unreachable} or {@code disabled}) and the
 * circuit breaker's state.
 */
@Readiness
@ApplicationScoped
public class ModelServerHealthCheck implements HealthCheck {

    static final String NAME = "model server";

    private final LlmConfig config;
    private final ModelServerProbe probe;

    public ModelServerHealthCheck(LlmConfig config, ModelServerProbe probe) {
        this.config = config;
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.enabled()) {
            return HealthCheckResponse.named(NAME).up().withData("modelServer", "disabled").build();
        }
        return HealthCheckResponse.named(NAME).up()
                .withData("modelServer", probe.reachable() ? "reachable" : "unreachable")
                .withData("circuitBreaker", circuitState())
                .build();
    }

    private static String circuitState() {
        try {
            return CircuitBreakerMaintenance.get().currentState(LlmCallPolicy.CIRCUIT).name().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notCreatedYet) {
            return "closed";
        }
    }
}
