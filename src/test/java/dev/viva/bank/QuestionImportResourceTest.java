package dev.viva.bank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.viva.question.BankFixtures;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class QuestionImportResourceTest {

    static final String NAME = "test/import.md";
    static final String UPLOAD = "test/upload.md";
    static final String GOOD = "***What is a zeta closure?***\nA function with its zetas.\n";

    @Inject
    BankFixtures bank;

    @AfterEach
    void forget() {
        bank.forget(NAME, UPLOAD);
    }

    @Test
    void importsAMarkdownDocumentAndAnswers201WithTheReport() {
        given().contentType("text/markdown").body(GOOD).queryParam("name", NAME)
                .when().post("/api/questions/import")
                .then().statusCode(201)
                .body("document", equalTo(NAME))
                .body("created", contains("what-zeta-closure"))
                .body("updated", empty())
                .body("repaired", empty());

        given().contentType("text/plain").body(GOOD).queryParam("name", NAME)
                .when().post("/api/questions/import")
                .then().statusCode(200)
                .body("created", empty())
                .body("unchanged", contains("what-zeta-closure"));
    }

    @Test
    void repairsEncodingDamageAndReportsIt() {
        String damaged = "***What‚Äôs a zeta pipe?***\nIt‚Äôs a pipe ‚úÖ\n";

        given().contentType("text/plain; charset=UTF-8").body(damaged.getBytes(StandardCharsets.UTF_8))
                .queryParam("name", NAME)
                .when().post("/api/questions/import")
                .then().statusCode(201)
                .body("created", contains("whats-zeta-pipe"))
                .body("repaired[0].charset", equalTo("x-MacRoman"))
                .body("repaired[0].sequences", equalTo(3));

        given().when().get("/api/questions/whats-zeta-pipe")
                .then().statusCode(200)
                .body("text", equalTo("What’s a zeta pipe?"))
                .body("documentModelAnswer", equalTo("It’s a pipe ✅"));
    }

    @Test
    void importsAnUploadedFileNamedByItsFileName() {
        given().multiPart("file", "upload.md", GOOD.getBytes(StandardCharsets.UTF_8), "text/markdown")
                .queryParam("name", UPLOAD)
                .when().post("/api/questions/import")
                .then().statusCode(201)
                .body("document", equalTo(UPLOAD))
                .body("created", contains("what-zeta-closure"));
    }

    @Test
    void refusesAnEmptyDocumentWith400AndChangesNothing() {
        assertRefused("text/plain", new byte[0], 400, "empty");
        assertRefused("text/plain", "  \n\n ".getBytes(StandardCharsets.UTF_8), 400, "empty");
    }

    @Test
    void refusesBinaryOrNonUtf8ContentWith415AndChangesNothing() {
        assertRefused("text/plain", new byte[] { 'h', 'i', 0, 1, 2 }, 415, "NUL");
        assertRefused("text/markdown", new byte[] { '*', '*', '*', 'W', (byte) 0xC3, '(', '*', '*', '*' }, 415,
                "UTF-8");
        given().contentType("application/pdf").body(new byte[] { '%', 'P', 'D', 'F' }).queryParam("name", NAME)
                .when().post("/api/questions/import")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void refusesADocumentOverTheSizeLimitWith413AndChangesNothing() {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        System.arraycopy(GOOD.getBytes(StandardCharsets.UTF_8), 0, big, 0, GOOD.length());

        assertRefused("text/plain", big, 413, "limit");
    }

    @Test
    void refusesADocumentWithoutQuestionsWith422AndChangesNothing() {
        assertRefused("text/markdown", "# Final Thoughts\nNothing is asked here.\n".getBytes(StandardCharsets.UTF_8),
                422, "contains no question");
    }

    @Test
    void requiresADocumentName() {
        given().contentType("text/plain").body(GOOD)
                .when().post("/api/questions/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("name"));
    }

    private void assertRefused(String contentType, byte[] body, int status, String detailPart) {
        var before = bank.counts();

        given().contentType(contentType).body(body).queryParam("name", NAME)
                .when().post("/api/questions/import")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", containsString(detailPart))
                .body("detail", not(containsString("Exception")));

        assertThat(bank.counts()).isEqualTo(before);
        assertThat(bank.document(NAME)).isNull();
    }
}
