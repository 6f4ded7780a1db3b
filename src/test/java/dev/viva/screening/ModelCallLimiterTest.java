package dev.viva.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.llm.ModelServerThrottling;
import dev.viva.screening.dispatch.ModelCallLimiter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bound on model calls in flight halves after a 429 (once per batch of them) and grows back on success. */
class ModelCallLimiterTest {

    private final ModelServerThrottling throttling = new ModelServerThrottling();
    private final ModelCallLimiter limiter = new ModelCallLimiter(config(8), throttling);

    @Test
    void startsAtTheConfiguredBound() {
        assertThat(limiter.currentLimit()).isEqualTo(8);
    }

    @Test
    void aThrottledCallHalvesTheBoundOnceHoweverManyCallsSawIt() {
        limiter.call(() -> {
            throttling.record();
            throttling.record();
            return null;
        });
        assertThat(limiter.currentLimit()).isEqualTo(4);
        limiter.call(() -> null);
        assertThat(limiter.currentLimit()).as("no new 429: the bound does not fall again").isGreaterThanOrEqualTo(4);
        limiter.call(() -> {
            throttling.record();
            return null;
        });
        assertThat(limiter.currentLimit()).isLessThanOrEqualTo(2);
    }

    @Test
    void neverFallsBelowOne() {
        for (int i = 0; i < 10; i++) {
            limiter.call(() -> {
                throttling.record();
                return null;
            });
        }
        assertThat(limiter.currentLimit()).isEqualTo(1);
    }

    private static ScreeningConfig config(int maxInFlight) {
        // plain SmallRye Config reads ISO-8601 durations only (Quarkus adds the "5m" form)
        return new SmallRyeConfigBuilder().withMapping(ScreeningConfig.class)
                .withSources(new io.smallrye.config.PropertiesConfigSource(Map.of(
                        "viva.screening.max-llm-in-flight", Integer.toString(maxInFlight),
                        "viva.screening.grading-lease", "PT5M"), "test", 500))
                .build().getConfigMapping(ScreeningConfig.class);
    }
}
