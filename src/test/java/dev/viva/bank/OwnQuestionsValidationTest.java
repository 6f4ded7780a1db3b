package dev.viva.bank;

import static dev.viva.bank.OwnQuestions.BANK;
import static dev.viva.bank.OwnQuestions.MODEL_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.viva.bank.OwnQuestions.Caller;
import dev.viva.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad bodies are a 4xx problem+json that names the field, and store nothing. */
@QuarkusTest
class OwnQuestionsValidationTest {

    private static final String TEXT = "\"text\":\"What is a closure?\"";
    private static final String ANSWER = "\"modelAnswer\":\"" + MODEL_ANSWER + "\"";
    private static final String IN_BANK = "\"bank\":\"" + BANK + "\"";

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

    private static String body(String... fields) {
        return "{" + String.join(",", fields) + "}";
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("text is a number", body(IN_BANK, "\"text\":42", ANSWER), "text", "must be a string"),
                Arguments.of("autoApprove is a string", body(IN_BANK, TEXT, ANSWER, "\"autoApprove\":\"true\""),
                        "autoApprove", "must be true or false"),
                Arguments.of("rubric is a string", body(IN_BANK, TEXT, ANSWER, "\"rubric\":\"yes\""), "rubric",
                        "must be"),
                Arguments.of("a weight is a string", body(IN_BANK, TEXT, ANSWER, "\"rubric\":[{\"id\":\"a\","
                        + "\"kind\":\"required\",\"weight\":\"2\",\"description\":\"Says a.\"}]"),
                        "rubric[0].weight", "must be a number"),
                Arguments.of("a kind is unknown", body(IN_BANK, TEXT, ANSWER, "\"rubric\":[{\"id\":\"a\","
                        + "\"kind\":\"essential\",\"weight\":2,\"description\":\"Says a.\"}]"),
                        "rubric[0].kind", "one of required, bonus, penalty"),
                Arguments.of("text is missing", body(IN_BANK, ANSWER), "text", "is required"),
                Arguments.of("modelAnswer is missing", body(IN_BANK, TEXT), "modelAnswer", "is required"),
                Arguments.of("bank is missing", body(TEXT, ANSWER), "bank", "is required"),
                Arguments.of("text is blank", body(IN_BANK, "\"text\":\"  \\n \"", ANSWER), "text", "must not be blank"),
                Arguments.of("text is too long", body(IN_BANK, "\"text\":\"" + "x".repeat(10_001) + "\"", ANSWER),
                        "text", "must be at most 10000 characters"),
                Arguments.of("modelAnswer is too long", body(IN_BANK, TEXT, "\"modelAnswer\":\"" + "x".repeat(20_001)
                        + "\""), "modelAnswer", "must be at most 20000 characters"),
                Arguments.of("id is not a slug", body("\"id\":\"Closures Q1\"", IN_BANK, TEXT, ANSWER), "id",
                        "must be a slug"),
                Arguments.of("id is too long", body("\"id\":\"" + "q".repeat(101) + "\"", IN_BANK, TEXT, ANSWER), "id",
                        "must be at most 100 characters"),
                Arguments.of("bank is not a slug", body("\"bank\":\"../etc\"", TEXT, ANSWER), "bank", "must be a slug"),
                Arguments.of("a field is unknown", body(IN_BANK, TEXT, ANSWER, "\"modelanswer\":\"x\""), "modelanswer",
                        "is not a field"),
                Arguments.of("a field is repeated", body(IN_BANK, TEXT, TEXT, ANSWER), "text", "is given twice"),
                Arguments.of("the JSON is broken", "{" + IN_BANK + ", " + TEXT, "body", "not valid JSON"),
                Arguments.of("the body is an array", "[" + body(IN_BANK, TEXT, ANSWER) + "]", "body",
                        "must be a JSON object"),
                Arguments.of("the body is empty", "", "body", "is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyIsA400ProblemNamingTheFieldAndStoresNothing(String what, String body, String field, String message) {
        client.request().contentType(ContentType.JSON).body(body).post("/api/questions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field))
                .body("detail", containsString(field + ": "))
                .body("detail", containsString(message));
        assertThat(own.count()).isZero();
    }

    @Test
    void anInvalidGivenRubricIsA422ListingEveryProblemAndStoresNothing() {
        client.request().contentType(ContentType.JSON).body(body(IN_BANK, TEXT, ANSWER, "\"rubric\":{\"criteria\":["
                + "{\"id\":\"a\",\"kind\":\"bonus\",\"weight\":2,\"description\":\"Says a.\"},"
                + "{\"id\":\"a\",\"kind\":\"bonus\",\"weight\":20,\"description\":\" \"}]}"))
                .post("/api/questions").then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Invalid rubric"))
                .body("problems", hasItem("rubric.needs at least one required criterion"))
                .body("problems", hasItem("rubric.criteria[1] (a).id is used twice"))
                .body("problems", hasItem("rubric.criteria[1] (a).description is blank"));
        assertThat(own.count()).isZero();
    }

    @Test
    void aChangeThatChangesNothingIsA400() {
        String id = client.request().contentType(ContentType.JSON).body(body(IN_BANK, TEXT, ANSWER))
                .post("/api/questions").then().statusCode(201).extract().path("id");

        client.request().contentType(ContentType.JSON).body(body(TEXT)).put("/api/questions/{id}", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("changes nothing"));
        client.request().contentType(ContentType.JSON).body("{}").put("/api/questions/{id}", id)
                .then().statusCode(400);
        client.request().get("/api/questions/{id}/rubric/versions", id).then().body("size()", equalTo(1));
    }

    @Test
    void aChangeIsValidatedLikeACreation() {
        String id = client.request().contentType(ContentType.JSON).body(body(IN_BANK, TEXT, ANSWER))
                .post("/api/questions").then().statusCode(201).extract().path("id");

        client.request().contentType(ContentType.JSON).body(body("\"modelAnswer\":\"  \"")).put("/api/questions/{id}", id)
                .then().statusCode(400).body("violations.field", hasItem("modelAnswer"));
        client.request().contentType(ContentType.JSON).body(body("\"text\":true")).put("/api/questions/{id}", id)
                .then().statusCode(400).body("violations.field", hasItem("text"));
        client.request().contentType(ContentType.JSON).body(body("\"bank\":\"elsewhere\"")).put("/api/questions/{id}", id)
                .then().statusCode(400).body("violations.field", hasItem("bank"));
        client.request().get("/api/questions/{id}", id).then().body("text", equalTo("What is a closure?"));
    }
}
