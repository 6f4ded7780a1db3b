package dev.viva.bank;

import static dev.viva.bank.OwnQuestions.BANK;
import static dev.viva.bank.OwnQuestions.MODEL_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.viva.bank.OwnQuestions.Caller;
import dev.viva.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/questions/bulk: a file of questions is stored whole or not at all. */
@QuarkusTest
class OwnQuestionsBulkTest {

    private static final String CLOSURE = line("\"text\":\"What is a closure?\"");
    private static final String HOISTING = line("\"id\":\"" + BANK + ".hoisting\",\"text\":\"What is hoisting?\","
            + "\"autoApprove\":true");
    private static final String EVENT_LOOP = line("\"text\":\"What does the event loop do?\",\"topic\":\"Runtime\"");

    @Inject
    OwnQuestions own;

    Caller client;

    @BeforeEach
    void caller() {
        client = own.caller(Roles.CLIENT);
    }

    @AfterEach
    void forget() {
        own.forget();
    }

    private static String line(String fields) {
        return "{\"bank\":\"" + BANK + "\",\"modelAnswer\":\"" + MODEL_ANSWER + "\"," + fields + "}";
    }

    private Response send(String file) {
        return client.request().contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/questions/bulk");
    }

    @Test
    void aValidFileStoresEveryQuestionInItsOrder() {
        send(CLOSURE + "\n" + HOISTING + "\n\n" + EVENT_LOOP + "\n").then().statusCode(201)
                .body("count", equalTo(3))
                .body("questions.id", contains(BANK + ".what-closure", BANK + ".hoisting", BANK + ".what-event-loop"))
                .body("questions.owner", contains(client.principal(), client.principal(), client.principal()))
                .body("questions[1].activeRubric.origin", equalTo("auto"))
                .body("questions[0].draftRubric.origin", equalTo("offline"));
        assertThat(own.count()).isEqualTo(3);
        client.grade(BANK + ".hoisting").then().statusCode(201);
    }

    @Test
    void twoLinesWithTheSameTextGetIdsOfTheirOwn() {
        send(CLOSURE + "\n" + CLOSURE).then().statusCode(201)
                .body("questions.id", contains(BANK + ".what-closure", BANK + ".what-closure-2"));
    }

    @Test
    void aFileWithOneBadLineStoresNothingAndNamesTheLine() {
        String noModelAnswer = "{\"bank\":\"" + BANK + "\",\"text\":\"What is a promise?\"}";

        send(CLOSURE + "\n" + HOISTING + "\n" + noModelAnswer + "\n" + EVENT_LOOP).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].message", equalTo("modelAnswer: is required"))
                .body("detail", containsString("nothing was stored"));
        assertThat(own.count()).isZero();
    }

    @Test
    void everyBadLineIsNamedWithItsNumberCountingBlankLines() {
        String inTheShippedBank = "{\"bank\":\"interview\",\"text\":\"What is x?\",\"modelAnswer\":\"X is y.\"}";

        send(CLOSURE + "\n\n{not json}\n" + line("\"text\":42") + "\n" + inTheShippedBank)
                .then().statusCode(400)
                .body("errors.line", contains(3, 4, 5))
                .body("errors[0].message", containsString("body: not valid JSON"))
                .body("errors[1].message", equalTo("text: must be a string"))
                .body("errors[2].message", containsString("bank: 'interview' is a shipped bank"));
        assertThat(own.count()).isZero();
    }

    @Test
    void anIdGivenTwiceInOneFileIsAnErrorOnItsSecondLine() {
        send(HOISTING + "\n" + HOISTING).then().statusCode(400)
                .body("errors.line", contains(2))
                .body("errors[0].message", containsString("'" + BANK + ".hoisting' is already used"));
        assertThat(own.count()).isZero();
    }

    @Test
    void anInvalidRubricOnALineIsNamedWithItsField() {
        String badRubric = line("\"text\":\"What is a closure?\",\"rubric\":[{\"id\":\"Not Kebab\",\"kind\":\"required\","
                + "\"weight\":1,\"description\":\"Defines it.\"}]");

        send(CLOSURE + "\n" + badRubric).then().statusCode(400)
                .body("errors.line", contains(2))
                .body("errors[0].message", containsString("rubric.criteria[0] (Not Kebab).id must be kebab-case"));
        assertThat(own.count()).isZero();
    }

    @Test
    void aFileWithoutQuestionsIsA400() {
        send("\n  \n").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no question"));
    }
}
