package dev.viva.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** Hiring screenings (viva.screening.*). */
@ConfigMapping(prefix = "viva.screening")
public interface ScreeningConfig {

    /**
     * Model calls in flight at once on this instance for screenings. The limit adapts: a 429 from the
     * model server halves it (down to 1), and it grows back by one as calls succeed.
     */
    @WithDefault("16")
    int maxLlmInFlight();

    /** The most one screening's model calls may cost (in {@link Price#currency()}); none: no limit. */
    Optional<BigDecimal> budget();

    Price price();

    /** The prices that turn tokens into cost, for the estimate and the budget. */
    interface Price {
        /** Per million prompt tokens (the default is gpt-4o-mini's list price). */
        @WithDefault("0.15")
        BigDecimal inputPerMillionTokens();

        @WithDefault("0.60")
        BigDecimal outputPerMillionTokens();

        @WithDefault("USD")
        String currency();
    }

    /** Output tokens expected per grading, for the estimate until the screening has gradings of its own. */
    @WithDefault("450")
    int estimatedOutputTokens();

    /** How long a worker holds an answer it is grading; a worker that died lets go after this. */
    @WithDefault("5m")
    Duration gradingLease();

    /** How often each instance hands to the job engine any answer whose hand-over was lost. */
    @WithDefault("30s")
    String sweepEvery();

    /** How long an invitation link stays valid. */
    @WithDefault("P14D")
    Duration invitationTtl();

    /** Where invitation links point (the address candidates reach this service at). */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Most rows in one uploaded file (send more in several files: they add up). */
    @WithDefault("50000")
    int maxRowsPerFile();
}
