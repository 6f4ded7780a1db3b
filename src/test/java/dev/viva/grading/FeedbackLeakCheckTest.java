package dev.viva.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackLeakCheckTest {

    private static final Rubric RUBRIC = new Rubric("q", 1, RubricStatus.APPROVED, List.of(new Criterion("thread-pool",
            "States that libuv runs file system work on a pool of four threads by default.", CriterionKind.REQUIRED, 1,
            List.of(), "Where does blocking file work go?")), null);
    private static final FeedbackLeakCheck CHECK = FeedbackLeakCheck.against(
            "The event loop runs callbacks once the call stack is empty.", RUBRIC);

    @Test
    void sixWordsInARowFromTheModelAnswerOrACriterionLeak() {
        assertThat(CHECK.leaks("Remember: the event loop runs callbacks once it can.")).isTrue();
        assertThat(CHECK.leaks("libuv runs FILE SYSTEM work, on a pool somewhere")).isTrue();
    }

    @Test
    void fiveWordsInARowOrTheSameWordsApartDoNot() {
        assertThat(CHECK.leaks("The event loop runs callbacks.")).isFalse();
        assertThat(CHECK.leaks("Callbacks run when the stack is empty; that is the event loop.")).isFalse();
        assertThat(CHECK.leaks((String) null)).isFalse();
    }

    @Test
    void aLeakingSentenceIsDroppedAndTheRestKept() {
        Feedback feedback = new Feedback(List.of("Good structure."),
                List.of("You miss the pool. libuv runs file system work on a pool of threads."),
                "The event loop runs callbacks once the call stack is empty.");

        Feedback safe = CHECK.withoutLeaks(feedback);

        assertThat(safe.strengths()).containsExactly("Good structure.");
        assertThat(safe.missing()).containsExactly("You miss the pool.");
        assertThat(safe.nextStep()).isNull();
        assertThat(CHECK.leaks(safe)).isFalse();
    }
}
