package dev.viva.rubric;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsAValidFileIntoTheRubricRecord() throws IOException {
        Path file = RubricFixtures.write(dir, "valid.yaml", "event-loop-action");

        Rubric rubric = RubricFiles.read(file);

        assertThat(rubric.questionId()).isEqualTo("event-loop-action");
        assertThat(rubric.status()).isEqualTo(RubricStatus.APPROVED);
        assertThat(rubric.criteria()).extracting(Criterion::id)
                .containsExactly("sync-code-first", "order-not-guaranteed", "claims-immediate-always-first");
        assertThat(rubric.criterion("claims-immediate-always-first").orElseThrow().kind()).isEqualTo(CriterionKind.PENALTY);
    }

    @Test
    void brokenYamlIsReportedWithTheFilePathAndTheLine() throws IOException {
        Path file = RubricFixtures.write(dir, "unclosed-quote.yaml", "event-loop-action");

        assertThatThrownBy(() -> RubricFiles.read(file))
                .isInstanceOf(InvalidRubricException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining("at line 8");
    }

    @Test
    void anUnknownPropertyIsAnErrorNamingIt() throws IOException {
        Path file = RubricFixtures.write(dir, "unknown-property.yaml", "event-loop-action");

        assertThatThrownBy(() -> RubricFiles.read(file))
                .isInstanceOf(InvalidRubricException.class)
                .hasMessageContaining(file + ": unknown property 'points'");
    }

    @Test
    void aMissingWeightIsAnErrorNamingTheField() throws IOException {
        Path file = RubricFixtures.write(dir, "valid.yaml", "event-loop-action");
        Files.writeString(file, Files.readString(file).replaceFirst("weight: 2", "weight:"));

        assertThatThrownBy(() -> RubricFiles.read(file))
                .hasMessageContaining(file + ": 'criteria[0].weight' is missing at line");
    }

    @Test
    void anUnknownKindIsAnErrorNamingTheField() throws IOException {
        Path file = RubricFixtures.write(dir, "valid.yaml", "event-loop-action");
        Files.writeString(file, Files.readString(file).replaceFirst("kind: required", "kind: mandatory"));

        assertThatThrownBy(() -> RubricFiles.read(file))
                .hasMessageContaining(file + ": invalid value for 'criteria[0].kind'");
    }

    @Test
    void aDuplicateKeyIsAnError() throws IOException {
        Path file = RubricFixtures.write(dir, "valid.yaml", "event-loop-action");
        Files.writeString(file, Files.readString(file).replaceFirst("version: 1", "version: 1\nversion: 2"));

        assertThatThrownBy(() -> RubricFiles.read(file)).hasMessageContaining(file.toString())
                .hasMessageContaining("version");
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path file = dir.resolve("empty.yaml");
        Files.writeString(file, "");

        assertThatThrownBy(() -> RubricFiles.read(file)).hasMessageContaining(file.toString());
    }

    @Test
    void listsYamlAndYmlFilesRecursivelyAndIgnoresOthers() throws IOException {
        Path a = RubricFixtures.write(dir, "valid.yaml", "a");
        Path b = dir.resolve("other/b.yml");
        Files.createDirectories(b.getParent());
        Files.writeString(b, "x");
        Files.writeString(dir.resolve("README.md"), "not a rubric");

        assertThat(RubricFiles.list(dir)).containsExactlyInAnyOrder(a, b);
        assertThat(RubricFiles.questionIdOf(b)).isEqualTo("b");
        assertThat(RubricFiles.list(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void theContentHashIgnoresKeyOrderButNotContent() throws IOException {
        Path file = RubricFixtures.write(dir, "valid.yaml", "event-loop-action");
        Rubric rubric = RubricFiles.read(file);
        Files.writeString(file, Files.readString(file).replace("questionId: event-loop-action\nversion: 1\n",
                "version: 1\nquestionId: event-loop-action\n"));
        Rubric reordered = RubricFiles.read(file);
        Files.writeString(file, Files.readString(file).replace("weight: 3", "weight: 4"));
        Rubric reweighted = RubricFiles.read(file);

        assertThat(RubricHash.of(reordered)).isEqualTo(RubricHash.of(rubric)).hasSize(64);
        assertThat(RubricHash.of(reweighted)).isNotEqualTo(RubricHash.of(rubric));
    }
}
