package dev.viva.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Erasure of a person's data (viva.people.*). */
@ConfigMapping(prefix = "viva.people")
public interface PeopleConfig {

    Erasing erasure();

    interface Erasing {
        /** A history of at most this many evaluations is erased in one transaction, at once; a larger one on the job engine. */
        @WithDefault("500")
        int inlineMax();

        /** Evaluations deleted per transaction on the job engine. */
        @WithDefault("200")
        int batchSize();

        /** A pause between two batches, to spare the database during a large erasure. */
        @WithDefault("0s")
        Duration batchPause();

        /** A running erasure that made no progress for this long (its worker died) is taken up again. */
        @WithDefault("2m")
        Duration staleAfter();

        /** How often each instance looks for stalled erasures. */
        @WithDefault("1m")
        String resumeEvery();
    }
}
