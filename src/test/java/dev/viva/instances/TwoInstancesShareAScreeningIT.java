package dev.viva.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two instances on one database: both take the screening's jobs, and no answer is graded by both. */
class TwoInstancesShareAScreeningIT {

    private static final String SCHEMA = "viva_it_two";
    private static final List<String> QUESTIONS = List.of("what-event-loop", "promises");

    @Test
    void bothInstancesGradeAndEveryAnswerIsGradedExactlyOnce() throws Exception {
        VivaProcess.freshSchema(SCHEMA);
        try (VivaProcess a = VivaProcess.start("a", SCHEMA, VivaProcess.quickRecovery());
                VivaProcess b = VivaProcess.start("b", SCHEMA, VivaProcess.quickRecovery())) {
            String screening = ScreeningApi.create(a, "offline", QUESTIONS);
            ScreeningApi.upload(a, screening, ScreeningApi.answers(200, QUESTIONS));

            ScreeningApi.await(b, screening, ScreeningApi::complete, Duration.ofMinutes(4));

            ScreeningGradingCounts counts = ScreeningGradingCounts.of(SCHEMA, screening);
            System.out.println("Two instances: " + counts);
            assertThat(counts.answers()).isEqualTo(400);
            assertThat(counts.gradedOrNeedsReview()).isEqualTo(400);
            assertThat(counts.recordedMoreThanOnce()).as("results recorded twice").isZero();
            assertThat(counts.begunMoreThanOnce()).as("answers begun by two workers").isZero();
            assertThat(counts.gradedByInstance()).as("gradings per instance").hasSize(2)
                    .allSatisfy((instance, n) -> assertThat(n).isPositive());
        }
    }
}
