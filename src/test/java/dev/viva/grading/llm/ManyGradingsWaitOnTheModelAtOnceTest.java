package dev.viva.grading.llm;

import static dev.viva.grading.llm.GradingExamples.INPUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.grading.GraderOutput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A slow model must not cap how many gradings wait on it: the HTTP client's pool is sized by
 * {@code viva.grading.llm.max-connections} (default 500), not the REST client's default of 50.
 */
@QuarkusTest
@WithTestResource(HeldCallsLlmServer.class)
class ManyGradingsWaitOnTheModelAtOnceTest {

    @Inject
    LlmGrader grader;

    @Test
    void hundredsOfGradingsWaitOnTheModelServerAtTheSameTime() throws Exception {
        List<Future<GraderOutput>> gradings = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < HeldCallsLlmServer.TARGET; i++) {
                gradings.add(callers.submit(() -> grader.grade(INPUT)));
            }
            for (Future<GraderOutput> grading : gradings) {
                try {
                    assertThat(grading.get().verdicts()).hasSize(3);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        }

        assertThat(HeldCallsLlmServer.MOST_OPEN_AT_ONCE.get())
                .as("model calls open at the same time").isEqualTo(HeldCallsLlmServer.TARGET);
        assertThat(failures).as("gradings that failed").isEmpty();
    }
}
