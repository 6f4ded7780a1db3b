package dev.viva.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The log of the whole test run ({@code target/viva-test.log}, written by every @QuarkusTest of {@code ./mvnw
 * verify} before the integration tests run) holds none of the answers, references and demographic categories
 * that the personal-data tests put in: logs carry ids, never personal data.
 */
class TheTestRunLogHoldsNoPersonalDataIT {

    private static final Path LOG = Path.of("target", "viva-test.log");

    @Test
    void noAnswerRefOrCategoryOfTheTestsPersonsIsInTheLog() throws Exception {
        assertThat(LOG).as("the unit tests' log (run ./mvnw verify)").exists();
        List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
        assertThat(lines).as("the personal-data tests ran with this log")
                .anyMatch(l -> l.contains("done at once")).anyMatch(l -> l.contains("Retention run:"));
        List<String> markers = List.of(PersonalHistory.ANSWER_MARKER, PersonalHistory.REASON_MARKER, "zeph",
                "cand-erase-1", "cand-keep-1", "cand-erase-large", "cand-export-1", "cand-export-other", "cand-ret-");
        for (String marker : markers) {
            assertThat(lines).as("log lines holding '%s'", marker).noneMatch(l -> l.toLowerCase().contains(marker));
        }
    }
}
