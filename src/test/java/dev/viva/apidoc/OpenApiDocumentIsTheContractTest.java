package dev.viva.apidoc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The document the service serves is the committed contract that clients are generated from. A change
 * to the API changes the document; this test then fails until the contract file is updated on purpose
 * (copy target/openapi/openapi.json, written by the build, to src/test/resources/openapi/viva-openapi.json).
 */
@QuarkusTest
class OpenApiDocumentIsTheContractTest {

    @Test
    void theServedDocumentIsTheCommittedContract() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        JsonNode committed;
        try (InputStream in = getClass().getResourceAsStream("/openapi/viva-openapi.json")) {
            committed = json.readTree(in);
        }
        assertThat(served).as("the API changed: if on purpose, copy target/openapi/openapi.json to "
                + "src/test/resources/openapi/viva-openapi.json and review the diff as a contract change")
                .isEqualTo(committed);
    }
}
