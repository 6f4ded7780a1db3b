package dev.viva.rubric;

import dev.viva.rubric.model.RubricStatus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A rubric file that changes after a reviewer approved a version in the service never silently replaces it. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RubricFileConflictTest {

    private static final String QUESTION = "conflict-test-event-loop-action";

    @Inject
    RubricFileLoader loader;
    @Inject
    RubricVersionRepository versions;
    @Inject
    QuestionRepository questions;
    @Inject
    RubricConflicts conflicts;

    Path dir;
    Path file;

    @BeforeEach
    void loadTheFileAndApproveAnEditInTheService() throws IOException {
        dir = Files.createTempDirectory("rubric-conflicts");
        QuarkusTransaction.requiringNew().run(() -> questions.persist(question()));
        file = RubricFixtures.write(dir, "valid.yaml", QUESTION);
        loader.load(dir);
        given().contentType("application/json").body(Map.of("weight", 5))
                .patch("/api/questions/{id}/rubric/criteria/{c}", QUESTION, "order-not-guaranteed")
                .then().statusCode(201).body("version", equalTo(2));
        given().post("/api/questions/{id}/rubric/versions/2/approve", QUESTION).then().statusCode(200);
    }

    @AfterEach
    void removeWhatTheTestCreated() throws IOException {
        QuarkusTransaction.requiringNew().run(() -> {
            versions.delete("questionId like 'conflict-test-%'");
            questions.delete("id like 'conflict-test-%'");
            dev.viva.support.Caches.emptyAll(); // bulk deletes bypass the entity listeners
        });
        conflicts.replaceAll(List.of());
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aChangedFileIsHeldAsADraftAndReportedWhileTheReviewersVersionStaysActive() throws IOException {
        Files.writeString(file, Files.readString(file).replace("weight: 2\n    description: States that the sync",
                "weight: 1\n    description: States that the sync"));

        RubricFileLoader.Report report = loader.load(dir);

        assertThat(report.conflicts()).isEqualTo(1);
        assertThat(active().version).isEqualTo(2);
        RubricVersion held = version(3);
        assertThat(held.origin).isEqualTo("file");
        assertThat(held.status).isEqualTo(RubricStatus.DRAFT);
        assertThat(held.active).isFalse();
        given().get("/api/rubrics/conflicts").then().statusCode(200)
                .body("findAll { it.questionId == '" + QUESTION + "' }", hasSize(1))
                .body("find { it.questionId == '" + QUESTION + "' }.heldVersion", equalTo(3))
                .body("find { it.questionId == '" + QUESTION + "' }.activeVersion", equalTo(2))
                .body("find { it.questionId == '" + QUESTION + "' }.activeOrigin", equalTo("api"));

        assertThat(loader.load(dir)).as("still unresolved at the next start-up, and stored once")
                .isEqualTo(new RubricFileLoader.Report(1, 0, 1, 1));
    }

    @Test
    void approvingTheHeldFileVersionResolvesTheConflict() throws IOException {
        Files.writeString(file, Files.readString(file).replace("weight: 3", "weight: 4"));
        loader.load(dir);

        given().post("/api/questions/{id}/rubric/versions/3/approve", QUESTION).then().statusCode(200);

        assertThat(loader.load(dir)).isEqualTo(new RubricFileLoader.Report(1, 0, 1, 0));
        assertThat(active().version).isEqualTo(3);
    }

    @Test
    void aFileThatTakesOverTheReviewersVersionIsNoConflict() throws IOException {
        Files.writeString(file, Files.readString(file).replace("weight: 3", "weight: 5"));

        assertThat(loader.load(dir)).isEqualTo(new RubricFileLoader.Report(1, 1, 0, 0));

        assertThat(active().version).isEqualTo(3);
        assertThat(active().origin).isEqualTo("file");
    }

    @Test
    void anUnchangedFileLeavesTheReviewersVersionActive() {
        assertThat(loader.load(dir)).isEqualTo(new RubricFileLoader.Report(1, 0, 1, 0));
        assertThat(active().version).isEqualTo(2);
    }

    private RubricVersion active() {
        return QuarkusTransaction.requiringNew().call(() -> versions.findActive(QUESTION).orElseThrow());
    }

    private RubricVersion version(int v) {
        return QuarkusTransaction.requiringNew().call(() -> versions.find("questionId = ?1 and version = ?2",
                QUESTION, v).firstResult());
    }

    private static Question question() {
        Question q = new Question();
        q.id = QUESTION;
        q.bank = "interview";
        q.text = "Question used by the rubric conflict tests";
        q.sourceDocument = "test";
        q.sourceLocation = "test";
        q.modelAnswerOrigin = ModelAnswerOrigin.NONE;
        q.createdAt = OffsetDateTime.now();
        q.updatedAt = q.createdAt;
        return q;
    }
}
