package dev.viva.grading.offline;

import dev.viva.text.SentenceEmbedder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.grading.GraderKind;
import dev.viva.rubric.offline.OfflineRubricBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfflineGraderWiringTest {

    @Inject
    OfflineGrader grader;

    @Inject
    OfflineRubricBuilder builder;

    @Inject
    SentenceEmbedder embedder;

    @Test
    void offersTheOfflineGraderAsAlwaysAvailableWithDefaultThresholds() {
        assertThat(grader.kind()).isEqualTo(GraderKind.OFFLINE);
        assertThat(grader.available()).isTrue();
        assertThat(builder.build("q", "What is a stream?", "A stream processes data in chunks.").criteria())
                .hasSize(1);
        assertThat(embedder.name()).isEqualTo(SentenceEmbedder.DEFAULT_MODEL);
    }
}
