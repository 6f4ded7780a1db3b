package dev.viva.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.llm.WireMockLlmServer;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * JSON logs (VIVA_LOG_JSON=true sets quarkus.log.console.json.enabled; here the same formatter writes a file
 * the test can read): one JSON object a line, the trace and span ids as fields, and nothing of the request.
 */
@QuarkusTest
@TestProfile(JsonLogsTest.JsonLogFile.class)
@WithTestResource(WireMockLlmServer.class)
class JsonLogsTest {

    static final Path LOG = Path.of("target/json-logs-test.log");

    public static class JsonLogFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.json.enabled", "true", "quarkus.log.console.json.enabled", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @WireMockLlmServer.InjectWireMock
    WireMockServer llm;

    @Inject
    ApiKeyService keys;

    @Inject
    EvaluationRepository evaluations;

    @AfterEach
    void removeEvaluations() {
        CircuitBreakerMaintenance.get().resetAll();
        QuarkusTransaction.requiringNew().run(() -> StoredEvaluations.removeAll(evaluations));
    }

    @Test
    void aGradingsLogLinesAreJsonObjectsWithTheTraceIdsAndWithoutTheAnswer() throws IOException {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "");
        String key = keys.create("json-logs-" + UUID.randomUUID(), Roles.CLIENT, "test").key();
        String candidate = "candidate-" + marker;

        String id = given().header("X-API-Key", key).contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "grader", "llm", "candidateRef", candidate,
                        "answer", "The event loop runs callbacks " + marker + " when the call stack is empty."))
                .post("/api/evaluations").then().statusCode(201).extract().path("id");

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(LOG)) {
            lines.add(JSON.readTree(line));
        }
        JsonNode failure = lines.stream().filter(l -> l.path("message").asText().contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no log line about evaluation " + id));
        assertThat(failure.path("level").asText()).isEqualTo("WARN");
        assertThat(failure.path("mdc").path("traceId").asText()).matches("[0-9a-f]{32}");
        assertThat(failure.path("mdc").path("spanId").asText()).matches("[0-9a-f]{16}");
        assertThat(Files.readString(LOG)).as("no answer text, no candidate").doesNotContain(marker);
    }
}
