package dev.viva.question.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.viva.question.ModelAnswerOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationLoaderTest {

    @TempDir
    Path bank;

    Path write(String id, String yaml) throws Exception {
        Path dir = Files.createDirectories(bank.resolve("nodejs/maintainers"));
        return Files.writeString(dir.resolve(id + ".yaml"), yaml);
    }

    static final String CORRECTED = """
            questionId: event-loop-action
            topic: Event loop & concurrency
            modelAnswer:
              origin: maintainers_corrected
              author: Viva maintainers
              note: The order of setTimeout 0 and setImmediate is not fixed in the main module.
              text: |
                Start and End print first, then Next Tick...
            """;

    @Test
    void readsTopicAndCorrectedModelAnswer() throws Exception {
        write("event-loop-action", CORRECTED);

        Curations curations = CurationLoader.load(bank);

        Curation c = curations.forQuestion("event-loop-action").orElseThrow();
        assertThat(c.topic()).isEqualTo("Event loop & concurrency");
        assertThat(c.modelAnswer().origin()).isEqualTo(ModelAnswerOrigin.MAINTAINERS_CORRECTED);
        assertThat(c.modelAnswer().author()).isEqualTo("Viva maintainers");
        assertThat(c.modelAnswer().text()).startsWith("Start and End print first");
    }

    @Test
    void appliesACorrectedAnswerWhileKeepingTheDocumentsOwn() throws Exception {
        write("event-loop-action", CORRECTED);
        ParsedQuestion parsed = new ParsedQuestion("Event Loop Example in Action", "Event Loop Example in Action",
                "Node.js Event Loop", "line 40", 5, "Expected Output: Start End Next Tick Immediate Timeout");

        QuestionContent content = QuestionContent.of(parsed,
                CurationLoader.load(bank).forQuestion("event-loop-action"));

        assertThat(content.topic()).isEqualTo("Event loop & concurrency");
        assertThat(content.modelAnswer()).startsWith("Start and End print first");
        assertThat(content.origin()).isEqualTo(ModelAnswerOrigin.MAINTAINERS_CORRECTED);
        assertThat(content.note()).contains("not fixed");
        assertThat(content.documentAnswer()).isEqualTo("Expected Output: Start End Next Tick Immediate Timeout");
    }

    @Test
    void usesTheDocumentsAnswerOrNoneWithoutACurationFile() {
        ParsedQuestion answered = new ParsedQuestion("Promises", "Promises", null, "line 57", 22, "A mechanism.");
        ParsedQuestion bare = new ParsedQuestion("Child process in NodejS", "x", null, "line 1", 1, null);

        assertThat(QuestionContent.of(answered, Optional.empty()))
                .extracting(QuestionContent::modelAnswer, QuestionContent::origin)
                .containsExactly("A mechanism.", ModelAnswerOrigin.DOCUMENT);
        assertThat(QuestionContent.of(bare, Optional.empty()))
                .extracting(QuestionContent::modelAnswer, QuestionContent::origin)
                .containsExactly(null, ModelAnswerOrigin.NONE);
    }

    @Test
    void failsNamingTheFileWhenItsQuestionIsNotInTheBank() throws Exception {
        Path file = write("no-such-question", """
                questionId: no-such-question
                topic: Anything
                """);
        Curations curations = CurationLoader.load(bank);

        assertThatThrownBy(() -> curations.verifyAllKnown(Set.of("event-loop-action")))
                .isInstanceOf(InvalidCurationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("names no question");
    }

    @Test
    void failsNamingTheFileWhenItDoesNotParse() throws Exception {
        Path file = write("event-loop-action", "questionId: event-loop-action\nmodelAnswer: [unclosed\n");

        assertThatThrownBy(() -> CurationLoader.load(bank)).isInstanceOf(InvalidCurationException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("does not parse");
    }

    @Test
    void failsOnAnUnknownFieldOrOrigin() throws Exception {
        write("event-loop-action", "questionId: event-loop-action\ntopik: Typo\n");
        assertThatThrownBy(() -> CurationLoader.load(bank)).hasMessageContaining("unknown field 'topik'");

        write("event-loop-action", """
                questionId: event-loop-action
                modelAnswer:
                  origin: document
                  text: Something
                """);
        assertThatThrownBy(() -> CurationLoader.load(bank)).hasMessageContaining("maintainers_corrected");

        write("event-loop-action", """
                questionId: event-loop-action
                modelAnswer:
                  origin: invented
                  text: Something
                """);
        assertThatThrownBy(() -> CurationLoader.load(bank)).hasMessageContaining("invalid value 'invented'");
    }

    @Test
    void failsWhenTheQuestionIdDoesNotMatchTheFileName() throws Exception {
        write("streams", "questionId: buffers\ntopic: Binary data\n");

        assertThatThrownBy(() -> CurationLoader.load(bank)).hasMessageContaining("does not match the file name");
    }

    @Test
    void findsNoCurationsInAMissingDirectory() {
        assertThat(CurationLoader.load(bank.resolve("absent")).size()).isZero();
    }
}
