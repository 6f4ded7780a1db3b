package dev.viva.bank;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.viva.question.BankFixtures;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class QuestionResourceTest {

    static final String FIXTURE = "test/zeta.md";
    static final String FIXTURE_DOC = """
            # **1. Zeta Plumbing (Deep Dive)**
            ## **1.1 What is a zeta stream?**
            A stream of zetas.

            ## **1.2 How does a zeta buffer work?**
            It holds zetas.

            ## **1.3 Why use zeta pipes?**
            They connect streams.
            """;

    @Inject
    BankFixtures bank;

    @BeforeEach
    void importFixture() {
        given().contentType("text/markdown").body(FIXTURE_DOC).queryParam("name", FIXTURE)
                .when().post("/api/questions/import").then().statusCode(201);
    }

    @AfterEach
    void forgetFixture() {
        bank.forget(FIXTURE);
    }

    @Test
    void filtersByTopicCaseInsensitivelyInDocumentOrder() {
        given().queryParam("topic", "zeta PLUMBING")
                .when().get("/api/questions")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains("what-zeta-stream", "how-zeta-buffer-work", "why-use-zeta-pipes"))
                .body("items[0].text", equalTo("What is a zeta stream?"))
                .body("items[0].topic", equalTo("Zeta Plumbing"))
                .body("items[0].hasModelAnswer", equalTo(true));
    }

    @Test
    void searchesQuestionTextAndTopicCaseInsensitively() {
        given().queryParam("q", "ZETA BUFFER").when().get("/api/questions")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo("how-zeta-buffer-work"));
        given().queryParam("q", "plumbing").when().get("/api/questions")
                .then().statusCode(200).body("total", equalTo(3));
        given().queryParam("q", "event loop").when().get("/api/questions")
                .then().statusCode(200).body("items.id", hasItem("what-event-loop"));
        given().queryParam("q", "100%_zeta").when().get("/api/questions")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pagesThroughMatches() {
        given().queryParam("topic", "Zeta Plumbing").queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/questions")
                .then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(3))
                .body("items.id", contains("why-use-zeta-pipes"));
    }

    @Test
    void listsTheWholeBankByDefault() {
        int total = (int) bank.counts().questions();
        given().when().get("/api/questions")
                .then().statusCode(200).body("total", equalTo(total)).body("items", hasSize(20))
                .body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void rejectsPageSizesOutsideOneToAHundredAsProblems() {
        for (String size : new String[] { "0", "101" }) {
            given().queryParam("size", size).when().get("/api/questions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("detail", containsString("size"));
        }
        given().queryParam("page", -1).when().get("/api/questions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void showsAQuestionWithItsSourceAndModelAnswer() {
        given().when().get("/api/questions/how-zeta-buffer-work")
                .then().statusCode(200)
                .body("id", equalTo("how-zeta-buffer-work"))
                .body("text", equalTo("How does a zeta buffer work?"))
                .body("topic", equalTo("Zeta Plumbing"))
                .body("bank", equalTo("interview"))
                .body("source.document", equalTo(FIXTURE))
                .body("source.location", equalTo("line 5, heading \"1.2 How does a zeta buffer work?\""))
                .body("modelAnswer.text", equalTo("It holds zetas."))
                .body("modelAnswer.origin", equalTo("document"))
                .body("documentModelAnswer", equalTo("It holds zetas."))
                .body("duplicateOf", nullValue())
                .body("activeRubric", nullValue());
    }

    @Test
    void showsNoModelAnswerForAQuestionTheDocumentLeavesUnanswered() {
        given().when().get("/api/questions/child-process-nodejs")
                .then().statusCode(200)
                .body("text", equalTo("Child process in NodejS"))
                .body("source.document", equalTo("nodejs/000_4b901903abdd6fa9.txt"))
                .body("source.location", equalTo("line 1"))
                .body("documentModelAnswer", nullValue());
    }

    @Test
    void answersAnUnknownQuestionWithA404Problem() {
        given().when().get("/api/questions/no-such-question")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("no-such-question"));
    }
}
