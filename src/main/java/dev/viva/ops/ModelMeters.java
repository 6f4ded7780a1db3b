package dev.viva.ops;

import dev.viva.llm.LlmConfig;
import dev.viva.llm.ModelCallFinished;
import dev.viva.screening.ScreeningConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Locale;

/**
 * The model server's calls as meters: each call's duration by outcome, the tokens in and out, and what they
 * cost at the prices the screening budget uses ({@code viva.screening.price.*}), so that the meter and the
 * budget agree. Tagged by model (the configured one: one series each, registered at start).
 */
@Startup
@ApplicationScoped
public class ModelMeters {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Duration[] BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;
    private final ScreeningConfig.Price price;

    public ModelMeters(MeterRegistry registry, ScreeningConfig screening, LlmConfig llm) {
        this.registry = registry;
        this.price = screening.price();
        for (ModelCallFinished.Outcome outcome : ModelCallFinished.Outcome.values()) {
            duration(llm.model(), outcome);
        }
        tokens(llm.model(), "in");
        tokens(llm.model(), "out");
        cost(llm.model());
    }

    void record(@Observes ModelCallFinished call) {
        duration(call.model(), call.outcome()).record(call.duration());
        if (call.tokensIn() > 0) {
            tokens(call.model(), "in").increment(call.tokensIn());
        }
        if (call.tokensOut() > 0) {
            tokens(call.model(), "out").increment(call.tokensOut());
        }
        BigDecimal spent = price.inputPerMillionTokens().multiply(BigDecimal.valueOf(call.tokensIn()))
                .add(price.outputPerMillionTokens().multiply(BigDecimal.valueOf(call.tokensOut())))
                .divide(MILLION, MathContext.DECIMAL64);
        if (spent.signum() > 0) {
            cost(call.model()).increment(spent.doubleValue());
        }
    }

    private Timer duration(String model, ModelCallFinished.Outcome outcome) {
        return Timer.builder("viva.model.call.duration")
                .description("One HTTP call to the model server (each retry apart), by model and outcome")
                .tag("model", model).tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    private Counter tokens(String model, String direction) {
        return Counter.builder("viva.model.tokens")
                .description("Tokens sent to (in) and returned by (out) the model server, as it counts them")
                .tag("model", model).tag("direction", direction).register(registry);
    }

    private Counter cost(String model) {
        return Counter.builder("viva.model.cost")
                .description("What the model calls cost at viva.screening.price.*, in its currency")
                .tag("model", model).tag("currency", price.currency()).register(registry);
    }
}
