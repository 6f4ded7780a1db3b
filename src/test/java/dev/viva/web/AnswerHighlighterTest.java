package dev.viva.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerHighlighterTest {

    @Test
    void marksEachQuoteWithTheCriteriaItSupportsAndKeepsTheRestAsPlainText() {
        var segments = AnswerHighlighter.segments("One thread. Callbacks wait in a queue. Done.",
                Map.of("single-thread", List.of("one thread"), "queue", List.of("Callbacks wait in a queue")));

        assertThat(segments).extracting(AnswerHighlighter.Segment::text)
                .containsExactly("One thread", ". ", "Callbacks wait in a queue", ". Done.");
        assertThat(segments.get(0).criteria()).containsExactly("single-thread");
        assertThat(segments.get(1).marked()).isFalse();
        assertThat(segments.get(2).criteria()).containsExactly("queue");
    }

    @Test
    void namesEveryCriterionWhoseEvidenceOverlaps() {
        var segments = AnswerHighlighter.segments("abc def", Map.of("a", List.of("abc def"), "b", List.of("def")));

        assertThat(segments).extracting(AnswerHighlighter.Segment::text).containsExactly("abc ", "def");
        assertThat(segments.get(1).title()).isEqualTo("a, b");
    }

    @Test
    void leavesMarkupInTheAnswerAsTextForTheTemplateToEscape() {
        var segments = AnswerHighlighter.segments("<script>x()</script>", Map.of("c", List.of("missing quote")));

        assertThat(segments).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("<script>x()</script>");
            assertThat(s.marked()).isFalse();
        });
    }
}
