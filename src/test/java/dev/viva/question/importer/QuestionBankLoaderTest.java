package dev.viva.question.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.viva.question.BankFixtures;
import dev.viva.question.QuestionBankLoaded;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class QuestionBankLoaderTest {

    /** Records every QuestionBankLoaded event, as the rubric loader would observe it. */
    @ApplicationScoped
    static class LoadedEvents {
        private final List<QuestionBankLoaded> seen = new ArrayList<>();

        void on(@Observes QuestionBankLoaded event) {
            seen.add(event);
        }

        List<QuestionBankLoaded> seen() {
            return List.copyOf(seen);
        }

        void clear() {
            seen.clear();
        }
    }

    @Inject
    QuestionBankLoader loader;
    @Inject
    LoadedEvents events;
    @Inject
    BankFixtures bank;

    @TempDir
    Path dir;

    @AfterEach
    void restoreTheConfiguredBank() {
        bank.forget("extra/zeta.md");
        loader.load();
    }

    @Test
    void importsEveryDocumentOfTheDirectoryThenAnnouncesTheLoadedBank() throws Exception {
        Files.createDirectories(dir.resolve("extra"));
        Files.writeString(dir.resolve("extra/zeta.md"), "***What is a zeta loop?***\n");
        Files.writeString(dir.resolve("extra/README.md"), "# About these documents\n");
        events.clear();

        loader.load(dir);

        assertThat(bank.question("what-zeta-loop").sourceDocument).isEqualTo("extra/zeta.md");
        assertThat(events.seen()).singleElement()
                .extracting(QuestionBankLoaded::questions).isEqualTo((int) bank.counts().questions());
    }

    @Test
    void failsNamingTheCurationFileWhoseQuestionIsNotInTheBank() throws Exception {
        Path maintainers = Files.createDirectories(dir.resolve("nodejs/maintainers"));
        Path file = Files.writeString(maintainers.resolve("no-such-question.yaml"),
                "questionId: no-such-question\ntopic: Anything\n");
        events.clear();

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(InvalidCurationException.class)
                .hasMessageContaining(file.toString());
        assertThat(events.seen()).isEmpty();
    }
}
