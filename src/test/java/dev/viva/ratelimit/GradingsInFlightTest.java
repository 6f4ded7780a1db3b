package dev.viva.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.viva.support.DomainException;
import org.junit.jupiter.api.Test;

class GradingsInFlightTest {

    private final GradingsInFlight gradings = new GradingsInFlight();

    @Test
    void aKeyTakesSlotsUpToItsLimitAndIsRefusedTheNext() {
        gradings.take(1, 2);
        gradings.take(1, 2);

        assertThatThrownBy(() -> gradings.take(1, 2)).isInstanceOf(LimitReached.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.LIMIT_REACHED);
        assertThat(gradings.running(1)).isEqualTo(2);
    }

    @Test
    void aRefusedKeyLeavesOtherKeysAlone() {
        gradings.take(1, 1);

        assertThat(gradings.take(2, 1)).isNotNull();
    }

    @Test
    void closingASlotFreesItOnceHoweverOftenItIsClosed() {
        GradingsInFlight.Slot first = gradings.take(1, 2);
        gradings.take(1, 2);

        first.close();
        first.close();

        assertThat(gradings.running(1)).isEqualTo(1);
    }
}
