package dev.viva.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void tellsABareListOfTermsFromAStatement() {
        assertThat(Words.isStatement("event loop, libuv, callbacks, non-blocking, thread pool")).isFalse();
        assertThat(Words.isStatement("The event loop runs callbacks when I/O completes.")).isTrue();
        assertThat(Words.isStatement("To simulate the behaviour of portions of the desired software product.")).isTrue();
    }

    @Test
    void seesNegationCues() {
        assertThat(Words.negated("Threads are not better for I/O.")).isTrue();
        assertThat(Words.negated("It doesn't block the thread.")).isTrue();
        assertThat(Words.negated("Threads are better for I/O.")).isFalse();
    }

    @Test
    void splitsSentencesAsExactSubstrings() {
        String answer = "Streams work in chunks. For example, e.g. a file!\n- piping them\nDone?";

        assertThat(Sentences.split(answer)).containsExactly("Streams work in chunks.", "For example, e.g. a file!",
                "piping them", "Done?").allSatisfy(s -> assertThat(answer).contains(s));
    }
}
