package dev.viva.rubric.version;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.RubricFiles;
import dev.viva.rubric.RubricValidator;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.rubric.ShippedRubrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editing, approving and comparing rubric versions through the API, against the seed bank in PostgreSQL. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RubricVersionApiTest {

    private static final String QUESTION = "buffers";

    @Inject
    RubricVersionRepository versions;
    @Inject
    RubricValidator validator;

    @AfterEach
    void restoreTheShippedRubric() {
        ShippedRubrics.restore(versions, QUESTION);
    }

    @Test
    void anEditIsANewDraftVersionThatGradingUsesOnlyOnceApproved() {
        Rubric shipped = shipped();
        List<Criterion> edited = new ArrayList<>(shipped.criteria());
        Criterion first = edited.removeFirst();
        edited.addFirst(new Criterion(first.id(), first.description(), first.kind(), first.weight() + 1,
                first.examples(), first.hint()));
        edited.add(new Criterion("buffer-outside-v8-heap", "States that Buffer memory is allocated outside the V8 heap.",
                CriterionKind.BONUS, 1, List.of("Buffers live outside the V8 heap."), null));

        given().contentType("application/json").body(Map.of("criteria", edited, "notes", "Edited in the service."))
                .put("/api/questions/{id}/rubric", QUESTION)
                .then().statusCode(201).body("version", equalTo(2)).body("status", equalTo("draft"))
                .body("origin", equalTo("api")).body("active", equalTo(false));

        given().get("/api/questions/{id}/rubric/versions", QUESTION)
                .then().statusCode(200).body("version", contains(1, 2)).body("active", contains(true, false));
        given().get("/api/questions/{id}/rubric", QUESTION).then().body("version", equalTo(1));

        given().queryParam("reviewer", "maria")
                .post("/api/questions/{id}/rubric/versions/2/approve", QUESTION)
                .then().statusCode(200).body("status", equalTo("approved")).body("active", equalTo(true))
                .body("approvedBy", equalTo("maria"));

        given().get("/api/questions/{id}/rubric", QUESTION).then().body("version", equalTo(2));
        given().get("/api/questions/{id}/rubric/versions", QUESTION).then().body("active", contains(false, true));
    }

    @Test
    void theDiffShowsEachAddedRemovedAndChangedCriterionWithItsChangedFields() {
        Rubric shipped = shipped();
        Criterion first = shipped.criteria().getFirst();
        Criterion last = shipped.criteria().getLast();
        given().contentType("application/json").body(Map.of("weight", first.weight() + 1, "hint", "A new hint."))
                .patch("/api/questions/{id}/rubric/criteria/{c}", QUESTION, first.id())
                .then().statusCode(201).body("version", equalTo(2));
        List<Criterion> withoutLast = new ArrayList<>(versionContent(2).criteria());
        withoutLast.removeLast();
        withoutLast.add(new Criterion("buffer-outside-v8-heap", "States that Buffer memory is outside the V8 heap.",
                CriterionKind.REQUIRED, 1, List.of(), null));
        given().contentType("application/json").body(Map.of("criteria", withoutLast))
                .put("/api/questions/{id}/rubric", QUESTION).then().statusCode(201).body("version", equalTo(3));

        given().get("/api/questions/{id}/rubric/versions/1/diff/3", QUESTION)
                .then().statusCode(200).body("from", equalTo(1)).body("to", equalTo(3))
                .body("criteria.criterionId", contains(first.id(), "buffer-outside-v8-heap", last.id()))
                .body("criteria.change", contains("changed", "added", "removed"))
                .body("criteria[0].fields.field", containsInAnyOrder("weight", "hint"))
                .body("criteria[0].fields.find { it.field == 'weight' }.to", equalTo((float) (first.weight() + 1)));
        given().get("/api/questions/{id}/rubric/versions/1/diff/1", QUESTION)
                .then().statusCode(200).body("criteria", hasSize(0));
    }

    @Test
    void anInvalidRubricIsA422ListingEveryProblemAndStoresNothing() {
        Criterion bonus = new Criterion("same-id", "A bonus point.", CriterionKind.BONUS, 1, List.of(), null);
        Criterion twice = new Criterion("same-id", "Another bonus point.", CriterionKind.BONUS, 1, List.of(), null);

        given().contentType("application/json").body(Map.of("criteria", List.of(bonus, twice)))
                .put("/api/questions/{id}/rubric", QUESTION)
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Invalid rubric"))
                .body("problems", hasItems("criteria[1] (same-id).id is used twice",
                        "needs at least one required criterion"));
        given().contentType("application/json").body(Map.of("kind", "required"))
                .patch("/api/questions/{id}/rubric/criteria/{c}", QUESTION, "new-point")
                .then().statusCode(422).body("problems", hasItems("criteria[" + shipped().criteria().size()
                        + "] (new-point).description is blank"));

        given().get("/api/questions/{id}/rubric/versions", QUESTION).then().body("version", contains(1));
    }

    @Test
    void aVersionExportsAsARubricFileThatReadsBackToTheSameRubric() {
        String yaml = given().get("/api/questions/{id}/rubric/versions/1/export", QUESTION)
                .then().statusCode(200).contentType("application/yaml").extract().asString();
        String negotiated = given().accept("application/yaml").get("/api/questions/{id}/rubric/versions/1", QUESTION)
                .then().statusCode(200).extract().asString();

        Rubric parsed = RubricFiles.parse(yaml, "export");
        assertThat(negotiated).isEqualTo(yaml);
        assertThat(validator.validate(parsed, QUESTION)).isEmpty();
        assertThat(parsed).isEqualTo(shipped());
        assertThat(parsed).isEqualTo(RubricFiles.read(Path.of("rubrics/nodejs/" + QUESTION + ".yaml")));
        assertThat(yaml).startsWith("questionId: " + QUESTION + "\nversion: 1\nstatus: approved\n");
    }

    @Test
    void withoutAnLlmTheDraftComesFromTheOfflineBuilderCappedAtTwelveCriteriaWithTheRestInTheNotes() {
        String longAnswer = "how-handle-errors-implement-error-handling";
        try {
            given().post("/api/questions/{id}/rubric/drafts", longAnswer)
                    .then().statusCode(201).body("origin", equalTo("offline")).body("status", equalTo("draft"))
                    .body("criteria", hasSize(RubricValidator.MAX_CRITERIA))
                    .body("criteria.kind", everyItem(equalTo("required")))
                    .body("notes", containsString("Claims not made criteria"));
            given().post("/api/questions/{id}/model-answer/drafts", longAnswer)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("title", equalTo("No LLM configured"));
        } finally {
            ShippedRubrics.restore(versions, longAnswer);
        }
    }

    @Test
    void unknownVersionsAndQuestionsAre404Problems() {
        given().get("/api/questions/{id}/rubric/versions/99", QUESTION)
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Rubric version not found"));
        given().get("/api/questions/{id}/rubric/versions", "no-such-question").then().statusCode(404);
        given().post("/api/questions/{id}/rubric/versions/99/approve", QUESTION).then().statusCode(404);
    }

    private Rubric shipped() {
        return versionContent(1);
    }

    private Rubric versionContent(int version) {
        return QuarkusTransaction.requiringNew().call(() -> versions.find("questionId = ?1 and version = ?2",
                QUESTION, version).firstResult().content);
    }
}
