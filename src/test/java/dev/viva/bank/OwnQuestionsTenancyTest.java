package dev.viva.bank;

import static dev.viva.bank.OwnQuestions.BANK;
import static dev.viva.bank.OwnQuestions.question;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.viva.bank.OwnQuestions.Caller;
import dev.viva.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each client sees the shipped bank and its own questions; another client's question does not exist for it. */
@QuarkusTest
class OwnQuestionsTenancyTest {

    @Inject
    OwnQuestions own;

    Caller alice;
    Caller bob;
    String alicesQuestion;

    @BeforeEach
    void aliceCreatesAQuestion() {
        alice = own.caller(Roles.CLIENT);
        bob = own.caller(Roles.CLIENT);
        alicesQuestion = alice.create(question("What is a closure in JavaScript?", "autoApprove", true))
                .then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void forget() {
        own.forget();
    }

    static Stream<Arguments> whatAnotherClientTries() {
        return Stream.of(
                Arguments.of("GET the question", call((c, id) -> c.request().get("/api/questions/{id}", id))),
                Arguments.of("PUT a change", call((c, id) -> c.request().contentType(ContentType.JSON)
                        .body(Map.of("text", "Whose question is this?")).put("/api/questions/{id}", id))),
                Arguments.of("DELETE it", call((c, id) -> c.request().delete("/api/questions/{id}", id))),
                Arguments.of("POST an answer to grade", call(Caller::grade)),
                Arguments.of("GET its rubric", call((c, id) -> c.request().get("/api/questions/{id}/rubric", id))),
                Arguments.of("GET its rubric versions",
                        call((c, id) -> c.request().get("/api/questions/{id}/rubric/versions/1", id))));
    }

    private static BiFunction<Caller, String, Response> call(BiFunction<Caller, String, Response> call) {
        return call;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatAnotherClientTries")
    void anotherClientsQuestionIsNotFound(String what, BiFunction<Caller, String, Response> call) {
        call.apply(bob, alicesQuestion).then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Question not found"));
        alice.request().get("/api/questions/{id}", alicesQuestion).then().statusCode(200)
                .body("text", equalTo("What is a closure in JavaScript?")).body("retiredAt", equalTo(null));
    }

    @Test
    void aClientListsItsOwnQuestionsOnly() {
        String bobsQuestion = bob.create(question("What is hoisting?")).then().statusCode(201).extract().path("id");

        alice.request().queryParam("bank", BANK).get("/api/questions").then().statusCode(200)
                .body("items.id", contains(alicesQuestion)).body("total", equalTo(1));
        bob.request().queryParam("bank", BANK).get("/api/questions").then().statusCode(200)
                .body("items.id", contains(bobsQuestion)).body("total", equalTo(1));
    }

    @Test
    void reviewersSeeAndGradeEveryClientsQuestions() {
        String bobsQuestion = bob.create(question("What is hoisting?")).then().statusCode(201).extract().path("id");
        Caller reviewer = own.caller(Roles.REVIEWER);

        reviewer.request().queryParam("bank", BANK).get("/api/questions").then().statusCode(200)
                .body("items.id", containsInAnyOrder(alicesQuestion, bobsQuestion));
        reviewer.request().get("/api/questions/{id}", bobsQuestion).then().statusCode(200)
                .body("owner", equalTo(bob.principal()));
        reviewer.grade(alicesQuestion).then().statusCode(201);
    }

    @Test
    void everyClientStillSeesAndGradesTheShippedBank() {
        bob.request().get("/api/questions/what-event-loop").then().statusCode(200).body("owner", equalTo(null));
        bob.grade("what-event-loop").then().statusCode(201);
    }

    @Test
    void aClientNeverReadsTheAnswerKeyOfTheShippedBankOnlyThatOfItsOwnQuestions() {
        bob.request().get("/api/questions/what-event-loop").then().statusCode(200)
                .body("text", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("modelAnswer", equalTo(null)).body("documentModelAnswer", equalTo(null))
                .body("activeRubric", equalTo(null)).body("draftRubric", equalTo(null));
        for (String path : new String[] {"/api/questions/what-event-loop/rubric",
                "/api/questions/what-event-loop/rubric/versions", "/api/questions/what-event-loop/rubric/versions/1",
                "/api/questions/what-event-loop/rubric/versions/1/export"}) {
            bob.request().get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("title", equalTo("Answer key not shown"));
        }
        alice.request().get("/api/questions/{id}", alicesQuestion).then().statusCode(200)
                .body("modelAnswer.text", equalTo(OwnQuestions.MODEL_ANSWER)).body("activeRubric.version", equalTo(1));
        alice.request().get("/api/questions/{id}/rubric", alicesQuestion).then().statusCode(200);
        own.caller(Roles.REVIEWER).request().get("/api/questions/what-event-loop").then().statusCode(200)
                .body("modelAnswer.text", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void theOwnerOfAQuestionCreatedWithAnApiKeyIsTheKeysPrincipal() {
        alice.request().get("/api/questions/{id}", alicesQuestion).then()
                .body("owner", equalTo(alice.principal()))
                .body("owner", org.hamcrest.Matchers.startsWith("key:" + OwnQuestions.PREFIX));
    }
}
