package dev.viva.rubric;

import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loader is called directly: in this branch nothing fires QuestionBankLoaded at start-up. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RubricFileLoaderTest {

    private static final String ACTION = "loader-test-event-loop-action";
    private static final String PHASES = "loader-test-event-loop-phases";

    @Inject
    RubricFileLoader loader;
    @Inject
    RubricVersionRepository versions;
    @Inject
    QuestionRepository questions;

    Path dir;

    @BeforeEach
    void insertQuestions() throws IOException {
        dir = Files.createTempDirectory("rubric-files");
        QuarkusTransaction.requiringNew().run(() -> {
            questions.persist(question(ACTION));
            questions.persist(question(PHASES));
        });
    }

    @AfterEach
    void removeWhatTheTestCreated() throws IOException {
        QuarkusTransaction.requiringNew().run(() -> {
            versions.delete("questionId like 'loader-test-%'");
            questions.delete("id like 'loader-test-%'");
            dev.viva.support.Caches.emptyAll(); // bulk deletes bypass the entity listeners
        });
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void storesEachFileAsTheActiveFirstVersionOfItsQuestion() throws IOException {
        RubricFixtures.write(dir, "valid.yaml", ACTION);
        RubricFixtures.write(dir, "valid.yaml", PHASES);

        assertThat(loader.load(dir)).isEqualTo(new RubricFileLoader.Report(2, 2, 0));

        given().when().get("/api/questions/{id}/rubric", ACTION)
                .then().statusCode(200)
                .body("questionId", equalTo(ACTION))
                .body("version", equalTo(1))
                .body("status", equalTo("approved"))
                .body("origin", equalTo("file"))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"))
                .body("criteria", hasSize(3))
                .body("criteria[0].id", equalTo("sync-code-first"))
                .body("criteria[0].kind", equalTo("required"))
                .body("criteria[0].weight", equalTo(2.0f))
                .body("criteria[0].examples[0]", equalTo("Start and End come first because synchronous code runs first."))
                .body("criteria[0].hint", equalTo("Think about what runs before the event loop takes its first turn."))
                .body("criteria[2].kind", equalTo("penalty"));
    }

    @Test
    void reloadingUnchangedFilesCreatesNoNewVersion() throws IOException {
        RubricFixtures.write(dir, "valid.yaml", ACTION);
        loader.load(dir);
        String hash = active(ACTION).contentHash;

        assertThat(loader.load(dir)).isEqualTo(new RubricFileLoader.Report(1, 0, 1));

        assertThat(allVersions(ACTION)).extracting(v -> v.version).containsExactly(1);
        assertThat(active(ACTION).contentHash).isEqualTo(hash);
    }

    @Test
    void aChangedApprovedFileBecomesTheNextActiveVersion() throws IOException {
        Path file = RubricFixtures.write(dir, "valid.yaml", ACTION);
        loader.load(dir);
        String firstHash = active(ACTION).contentHash;
        Files.writeString(file, Files.readString(file).replace("weight: 3", "weight: 4"));

        assertThat(loader.load(dir)).isEqualTo(new RubricFileLoader.Report(1, 1, 0));

        List<RubricVersion> stored = allVersions(ACTION);
        assertThat(stored).extracting(v -> v.version).containsExactly(1, 2);
        assertThat(stored).extracting(v -> v.active).containsExactly(false, true);
        assertThat(stored.get(1).content.version()).isEqualTo(2);
        assertThat(stored.get(1).contentHash).isNotEqualTo(firstHash).isEqualTo(RubricHash.of(stored.get(1).content));
        given().when().get("/api/questions/{id}/rubric", ACTION)
                .then().statusCode(200).body("version", equalTo(2)).body("criteria[1].weight", equalTo(4.0f));
        assertThat(loader.load(dir).created()).isZero();
    }

    @Test
    void aChangedDraftIsStoredWithoutReplacingTheActiveVersion() throws IOException {
        Path file = RubricFixtures.write(dir, "valid.yaml", ACTION);
        loader.load(dir);
        Files.writeString(file, Files.readString(file).replace("status: approved", "status: draft"));

        loader.load(dir);

        List<RubricVersion> stored = allVersions(ACTION);
        assertThat(stored).extracting(v -> v.status).containsExactly(RubricStatus.APPROVED, RubricStatus.DRAFT);
        assertThat(stored).extracting(v -> v.active).containsExactly(true, false);
    }

    @Test
    void aFileForAnUnknownQuestionFailsTheLoadNamingTheFileAndStoresNothing() throws IOException {
        RubricFixtures.write(dir, "valid.yaml", ACTION);
        Path stray = RubricFixtures.write(dir, "valid.yaml", "loader-test-no-such-question");

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(InvalidRubricException.class)
                .hasMessageContaining(stray + ": question 'loader-test-no-such-question' is not in the question bank");

        assertThat(allVersions(ACTION)).isEmpty();
    }

    @Test
    void everyBrokenFileIsReportedInOneFailure() throws IOException {
        Path broken = RubricFixtures.write(dir, "unclosed-quote.yaml", ACTION);
        Path misnamed = RubricFixtures.writeAs(dir, "valid.yaml", ACTION, PHASES);

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOfSatisfying(InvalidRubricException.class, e -> assertThat(e.problems()).containsExactly(
                        broken + ": not valid YAML (while scanning a quoted scalar; found unexpected end of stream) at line 8",
                        misnamed + ": questionId '" + ACTION + "' does not match '" + PHASES + "'"));

        assertThat(allVersions(ACTION)).isEmpty();
        assertThat(allVersions(PHASES)).isEmpty();
    }

    @Test
    void anUnknownQuestionHasNoRubric() {
        given().when().get("/api/questions/{id}/rubric", "loader-test-no-such-question")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Question not found"))
                .body("status", equalTo(404));
    }

    @Test
    void aQuestionWithoutAnActiveRubricIsNotFound() {
        given().when().get("/api/questions/{id}/rubric", PHASES)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Rubric not found"))
                .body("detail", equalTo("Question '" + PHASES + "' has no active rubric."));
    }

    private RubricVersion active(String questionId) {
        return QuarkusTransaction.requiringNew().call(() -> versions.findActive(questionId).orElseThrow());
    }

    private List<RubricVersion> allVersions(String questionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> versions.list("questionId = ?1 order by version", questionId));
    }

    private static Question question(String id) {
        Question q = new Question();
        q.id = id;
        q.bank = "interview";
        q.text = "Question used by the rubric loader tests";
        q.sourceDocument = "test";
        q.sourceLocation = "test";
        q.modelAnswerOrigin = ModelAnswerOrigin.NONE;
        q.createdAt = OffsetDateTime.now();
        q.updatedAt = q.createdAt;
        return q;
    }
}
