package dev.viva.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(3, Duration.ofSeconds(1), Duration.ofSeconds(30), 10,
            Duration.ofMinutes(15));

    @Test
    void theFreeFailuresCostNoWait() {
        assertThat(backoff.waitAfter(1)).isZero();
        assertThat(backoff.waitAfter(2)).isZero();
    }

    @Test
    void fromTheThirdFailureEachAttemptWaitsTheBaseDelayDoubledOncePerFurtherFailure() {
        assertThat(backoff.waitAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.waitAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.waitAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.waitAfter(6)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void theWaitIsCappedAtTheMaxDelay() {
        assertThat(backoff.waitAfter(9)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theMaxFailuresLockForTheLockDuration() {
        assertThat(backoff.locks(9)).isFalse();
        assertThat(backoff.locks(10)).isTrue();
        assertThat(backoff.waitAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.waitAfter(500)).isEqualTo(Duration.ofMinutes(15));
    }
}
