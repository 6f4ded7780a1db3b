package dev.viva.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class SessionKeyConfigSourceTest {

    @Test
    void makesAStrongRandomSessionKeyForEachStartWhenNoneIsConfigured() {
        assumeTrue(System.getenv("VIVA_SESSION_KEY") == null, "VIVA_SESSION_KEY is set in this environment");
        String first = new SessionKeyConfigSource().getValue(SessionKeyConfigSource.PROPERTY);
        String second = new SessionKeyConfigSource().getValue(SessionKeyConfigSource.PROPERTY);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void ranksBelowApplicationPropertiesAndEnvironmentVariables() {
        assertThat(new SessionKeyConfigSource().getOrdinal()).isLessThan(100);
    }
}
