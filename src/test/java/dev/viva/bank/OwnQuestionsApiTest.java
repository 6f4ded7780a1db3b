package dev.viva.bank;

import static dev.viva.bank.OwnQuestions.BANK;
import static dev.viva.bank.OwnQuestions.question;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.viva.bank.OwnQuestions.Caller;
import dev.viva.security.Roles;
import dev.viva.security.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learning platform's own questions through the API, with real API keys, against PostgreSQL and no LLM. */
@QuarkusTest
class OwnQuestionsApiTest {

    static final String TEXT = "What is a closure in JavaScript?";
    static final List<Map<String, Object>> CRITERIA = List.of(
            Map.of("id", "function-with-its-scope", "kind", "required", "weight", 2,
                    "description", "States that a closure is a function together with the variables of its scope."),
            Map.of("id", "outlives-the-outer-call", "kind", "required", "weight", 1,
                    "description", "States that the variables stay alive after the outer function returned."));

    @Inject
    OwnQuestions own;

    Caller client;
    Caller reviewer;

    @BeforeEach
    void callers() {
        client = own.caller(Roles.CLIENT);
        reviewer = own.caller(Roles.REVIEWER);
    }

    @AfterEach
    void forget() {
        own.forget();
    }

    @Test
    void withoutARubricTheOfflineBuilderDraftsOneFromTheModelAnswerAndItWaitsForApproval() {
        String id = client.create(question(TEXT)).then().statusCode(201)
                .header("Location", startsWith("http")).header("Location", containsString("/api/questions/" + BANK))
                .body("id", equalTo(BANK + ".what-closure-javascript"))
                .body("bank", equalTo(BANK)).body("text", equalTo(TEXT))
                .body("owner", equalTo(client.principal())).body("source", nullValue())
                .body("modelAnswer.origin", equalTo("api")).body("modelAnswer.author", equalTo(client.principal()))
                .body("activeRubric", nullValue())
                .body("draftRubric.version", equalTo(1)).body("draftRubric.origin", equalTo("offline"))
                .body("draftRubric.criteria.size()", greaterThan(1))
                .body("draftRubric.criteria.kind", everyItem(equalTo("required")))
                .extract().path("id");

        reviewer.request().get("/api/questions/{id}/rubric/versions", id).then().statusCode(200)
                .body("version", contains(1)).body("status", contains("draft")).body("active", contains(false));
    }

    @Test
    void aGivenRubricIsStoredAsTheDraftAsItWasGiven() {
        client.create(question(TEXT, "rubric", Map.of("criteria", CRITERIA, "notes", "Our own rubric.")))
                .then().statusCode(201)
                .body("activeRubric", nullValue())
                .body("draftRubric.origin", equalTo("api"))
                .body("draftRubric.criteria.id", contains("function-with-its-scope", "outlives-the-outer-call"))
                .body("draftRubric.criteria.weight", contains(2.0f, 1.0f));
    }

    @Test
    void aRubricMayAlsoBeGivenAsJustItsCriteria() {
        client.create(question(TEXT, "rubric", CRITERIA)).then().statusCode(201)
                .body("draftRubric.criteria.id", contains("function-with-its-scope", "outlives-the-outer-call"));
    }

    @Test
    void autoApproveApprovesTheDraftAtOnceWithOriginAutoSoTheQuestionGradesStraightAway() {
        String id = client.create(question(TEXT, "autoApprove", true)).then().statusCode(201)
                .body("activeRubric.version", equalTo(1)).body("activeRubric.status", equalTo("approved"))
                .body("activeRubric.origin", equalTo("auto")).body("draftRubric", nullValue())
                .extract().path("id");

        reviewer.request().get("/api/questions/{id}/rubric/versions/1", id).then().statusCode(200)
                .body("origin", equalTo("auto")).body("active", equalTo(true))
                .body("approvedBy", equalTo(client.principal())).body("createdBy", equalTo("offline-rubric-builder"));
        client.request().get("/api/questions/{id}/rubric", id).then().statusCode(200).body("origin", equalTo("auto"));
        client.grade(id).then().statusCode(201).body("provenance.rubricVersion", equalTo(1));
    }

    @Test
    void reviewersSeeAnAutoApprovedVersionAsSuchOnTheQuestionPage() {
        String id = client.create(question(TEXT, "autoApprove", true)).then().statusCode(201).extract().path("id");
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);

        given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui/questions/{id}", id).then().statusCode(200)
                .body(containsString("<td>auto <span class=\"auto-approved\">(approved without review"))
                .body(containsString("Created through the API by " + client.principal()));
    }

    @Test
    void gradingBeforeAReviewerApprovesIsA409NamingTheMissingApprovalThenItGrades() {
        String id = client.create(question(TEXT)).then().statusCode(201).extract().path("id");

        client.grade(id).then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("No approved rubric"))
                .body("detail", containsString("rubric version 1 is waiting for a reviewer's approval"))
                .body("detail", containsString("/api/questions/" + id + "/rubric/versions/1/approve"));
        reviewer.request().get("/api/evaluations?questionId=" + id).then().body("total", equalTo(0));

        reviewer.request().post("/api/questions/{id}/rubric/versions/1/approve", id).then().statusCode(200)
                .body("approvedBy", equalTo(reviewer.principal()));
        client.grade(id).then().statusCode(201).body("provenance.rubricVersion", equalTo(1))
                .body("score", notNullValue());
    }

    @Test
    void aChangeDraftsTheNextVersionAndTheApprovedOneKeepsGradingUntilTheNewOneIsApproved() {
        String id = client.create(question(TEXT, "autoApprove", true)).then().statusCode(201).extract().path("id");
        String newAnswer = "A closure is an inner function that captures variables from its enclosing function."
                + " The captured variables are shared, not copied, so later changes are visible to it.";

        client.request().contentType(ContentType.JSON).body(Map.of("modelAnswer", newAnswer))
                .put("/api/questions/{id}", id).then().statusCode(200)
                .body("modelAnswer.text", equalTo(newAnswer))
                .body("activeRubric.version", equalTo(1)).body("draftRubric.version", equalTo(2))
                .body("draftRubric.origin", equalTo("offline"));
        client.grade(id).then().statusCode(201).body("provenance.rubricVersion", equalTo(1));

        reviewer.request().post("/api/questions/{id}/rubric/versions/2/approve", id).then().statusCode(200);
        client.grade(id).then().statusCode(201).body("provenance.rubricVersion", equalTo(2));
    }

    @Test
    void aChangeWithAutoApproveGradesWithTheNewVersionAtOnce() {
        String id = client.create(question(TEXT, "autoApprove", true)).then().statusCode(201).extract().path("id");

        client.request().contentType(ContentType.JSON).body(Map.of("rubric", CRITERIA, "autoApprove", true))
                .put("/api/questions/{id}", id).then().statusCode(200)
                .body("activeRubric.version", equalTo(2)).body("activeRubric.origin", equalTo("auto"));
        client.grade(id).then().statusCode(201).body("provenance.rubricVersion", equalTo(2))
                .body("criteria.criterionId", hasItem("function-with-its-scope"));
    }

    @Test
    void aRetiredQuestionRefusesNewAnswersWith410AndItsEvaluationsStayReadable() {
        String id = client.create(question(TEXT, "autoApprove", true)).then().statusCode(201).extract().path("id");
        String evaluation = client.grade(id).then().statusCode(201).extract().path("id");

        client.request().delete("/api/questions/{id}", id).then().statusCode(204);

        client.grade(id).then().statusCode(410).contentType("application/problem+json")
                .body("title", equalTo("Question retired"));
        client.request().get("/api/evaluations/{id}", evaluation).then().statusCode(200)
                .body("questionId", equalTo(id));
        client.request().get("/api/questions/{id}", id).then().statusCode(200).body("retiredAt", notNullValue());
        client.request().delete("/api/questions/{id}", id).then().statusCode(410);
        client.request().contentType(ContentType.JSON).body(Map.of("text", "Changed?"))
                .put("/api/questions/{id}", id).then().statusCode(410);
    }

    @Test
    void aRetiredQuestionLeavesTheListingsUnlessTheyAskForRetiredOnes() {
        String kept = client.create(question(TEXT)).then().statusCode(201).extract().path("id");
        String retired = client.create(question("What is hoisting?")).then().statusCode(201).extract().path("id");
        client.request().delete("/api/questions/{id}", retired).then().statusCode(204);

        client.request().queryParam("bank", BANK).get("/api/questions").then().statusCode(200)
                .body("items.id", contains(kept)).body("total", equalTo(1));
        client.request().queryParam("bank", BANK).queryParam("includeRetired", true).get("/api/questions")
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", hasItem(retired));
    }

    @Test
    void theSameTextTwiceGetsTheSlugAndThenTheSlugWithASuffix() {
        client.create(question(TEXT)).then().statusCode(201).body("id", equalTo(BANK + ".what-closure-javascript"));
        client.create(question(TEXT)).then().statusCode(201).body("id", equalTo(BANK + ".what-closure-javascript-2"));
    }

    @Test
    void anIdThatIsTakenIsA409AndStoresNothing() {
        client.create(question(TEXT, "id", "what-event-loop")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("'what-event-loop'"));
        client.create(question(TEXT, "id", BANK + ".closures")).then().statusCode(201)
                .body("id", equalTo(BANK + ".closures"));
        client.create(question(TEXT, "id", BANK + ".closures")).then().statusCode(409);
        assertThat(own.count()).isEqualTo(1);
    }

    @Test
    void theShippedBankAndItsDocumentFoldersTakeNoQuestionsThroughTheApi() {
        for (String shipped : List.of("interview", "nodejs")) {
            client.create(Map.of("bank", shipped, "text", TEXT, "modelAnswer", OwnQuestions.MODEL_ANSWER))
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("detail", containsString("bank: '" + shipped + "'"));
        }
        reviewer.create(Map.of("bank", "interview", "text", TEXT, "modelAnswer", OwnQuestions.MODEL_ANSWER))
                .then().statusCode(422);
        client.request().queryParam("q", "closure").get("/api/questions").then()
                .body("items.text", not(hasItem(TEXT)));
    }

    @Test
    void aQuestionVivaBroughtInCannotBeChangedOrRetiredThroughTheApi() {
        reviewer.request().contentType(ContentType.JSON).body(Map.of("text", "What is it?"))
                .put("/api/questions/what-event-loop").then().statusCode(422)
                .body("detail", containsString("brought in by Viva"));
        reviewer.request().delete("/api/questions/what-event-loop").then().statusCode(422);
        client.request().get("/api/questions/what-event-loop").then().statusCode(200).body("retiredAt", nullValue());
    }
}
