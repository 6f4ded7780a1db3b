package dev.viva.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the only instance at a random moment in the middle of a screening, three times in a row,
 * and a restart each time: every accepted answer ends graded or needing review, and none is recorded
 * twice (the gradings in flight at a kill are graded again, by the retry job once their lease ran out).
 */
class KillNineMidScreeningIT {

    private static final String SCHEMA = "viva_it_kill";
    private static final List<String> QUESTIONS = List.of("what-event-loop", "promises", "streams");

    @Test
    void nothingIsLostAndNothingIsGradedTwice() throws Exception {
        VivaProcess.freshSchema(SCHEMA);
        try (VivaProcess viva = VivaProcess.start("only", SCHEMA, VivaProcess.quickRecovery())) {
            String screening = ScreeningApi.create(viva, "offline", QUESTIONS);
            ScreeningApi.upload(viva, screening, ScreeningApi.answers(150, QUESTIONS));
            int total = 450;

            java.util.Random random = new java.util.Random();
            for (int kill = 1; kill <= 3; kill++) {
                int before = kill * 60 + random.nextInt(40);
                var seen = ScreeningApi.await(viva, screening,
                        s -> s.get("progress").get("graded").asInt() + s.get("progress").get("needsReview").asInt() >= before,
                        Duration.ofMinutes(3));
                viva.kill();
                System.out.println("kill -9 #" + kill + " with " + seen.get("progress"));
                viva.launch();
            }

            ScreeningApi.await(viva, screening, ScreeningApi::complete, Duration.ofMinutes(5));

            ScreeningGradingCounts counts = ScreeningGradingCounts.of(SCHEMA, screening);
            System.out.println("After three kills: " + counts);
            assertThat(counts.answers()).isEqualTo(total);
            assertThat(counts.gradedOrNeedsReview()).as("graded or needs_review").isEqualTo(total);
            assertThat(counts.ungraded()).isZero();
            assertThat(counts.recordedMoreThanOnce()).as("results recorded twice").isZero();
            assertThat(counts.maxBegun()).as("an answer is begun again only after its worker was killed").isLessThanOrEqualTo(4);
        }
    }
}
