package dev.viva.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedValueTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final CachedValue<Integer> value = new CachedValue<>(loads::incrementAndGet, Duration.ofSeconds(5), clock::get);

    @Test
    void readsWithinTheTimeToLiveShareOneLoad() {
        assertThat(value.get()).isEqualTo(1);
        clock.addAndGet(Duration.ofMillis(4999).toNanos());

        assertThat(value.get()).isEqualTo(1);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aReadAfterTheTimeToLiveLoadsAgain() {
        value.get();
        clock.addAndGet(Duration.ofSeconds(5).toNanos());

        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void aFailedLoadIsNotKeptSoTheNextReadTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        CachedValue<String> flaky = new CachedValue<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return "up";
        }, Duration.ofSeconds(5), clock::get);

        assertThatThrownBy(flaky::get).hasMessage("database down");
        assertThat(flaky.get()).isEqualTo("up");
    }
}
