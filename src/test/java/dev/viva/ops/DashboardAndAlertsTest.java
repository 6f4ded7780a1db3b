package dev.viva.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.llm.WireMockLlmServer;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard and the Prometheus alert rules in docs/ops/ parse, and every expression in them reads
 * only meters that the running service exports at /q/metrics (scraped after a grading, a failed model call
 * and the like); every alert has its section in docs/operations.md, and every Viva meter is documented there.
 */
@QuarkusTest
@WithTestResource(WireMockLlmServer.class)
class DashboardAndAlertsTest {

    private static final Path DASHBOARD = Path.of("docs/ops/grafana-dashboard.json");
    private static final Path ALERTS = Path.of("docs/ops/alerts.yml");
    private static final Path OPERATIONS = Path.of("docs/operations.md");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @WireMockLlmServer.InjectWireMock
    WireMockServer llm;

    @Inject
    ApiKeyService keys;

    @Inject
    EvaluationRepository evaluations;

    @BeforeEach
    void resetModelServer() {
        llm.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @AfterEach
    void removeEvaluations() {
        CircuitBreakerMaintenance.get().resetAll();
        QuarkusTransaction.requiringNew().run(() -> StoredEvaluations.removeAll(evaluations));
    }

    @Test
    void everyDashboardPanelReadsMetersTheServiceExports() throws IOException {
        Map<String, String> expressions = dashboardExpressions();
        assertThat(expressions).as("panels with a query").hasSizeGreaterThan(10);

        assertExportsEveryName(expressions);
    }

    @Test
    void everyAlertRuleReadsMetersTheServiceExports() throws IOException {
        Map<String, String> expressions = new LinkedHashMap<>();
        alertRules().forEach(rule -> expressions.put(rule.path("alert").asText(), rule.path("expr").asText()));
        assertThat(expressions).containsOnlyKeys("VivaModelCircuitOpen", "VivaUngradedBacklogGrowing",
                "VivaReviewQueueStale", "VivaWebhookFailures");

        assertExportsEveryName(expressions);
    }

    @Test
    void everyAlertWaitsBeforeFiringAndLinksToWhatAnOperatorDoes() throws IOException {
        String operations = Files.readString(OPERATIONS);
        for (JsonNode rule : alertRules()) {
            String name = rule.path("alert").asText();
            assertThat(rule.path("for").asText()).as(name + " for").matches("\\d+[smh]");
            assertThat(rule.path("annotations").path("summary").asText()).as(name + " summary").isNotBlank();
            assertThat(rule.path("annotations").path("runbook").asText()).as(name + " runbook")
                    .isEqualTo("docs/operations.md#" + name.toLowerCase(Locale.ROOT));
            assertThat(operations).as("a section for " + name).contains("\n### " + name + "\n");
        }
    }

    @Test
    void everyMeterOfVivasOwnIsDocumentedInTheOperationsPage() throws IOException {
        String operations = Files.readString(OPERATIONS);
        Set<String> ours = new java.util.TreeSet<>();
        causeEvents().names().stream().filter(name -> name.startsWith("viva_"))
                .map(name -> name.replaceAll("_(bucket|count|sum|max)$", "")).forEach(ours::add);

        assertThat(ours).hasSizeGreaterThan(10);
        assertThat(ours).allSatisfy(name -> assertThat(operations).as(name).contains("`" + name + "`"));
    }

    private void assertExportsEveryName(Map<String, String> expressions) {
        Set<String> exported = causeEvents().names();
        List<String> unknown = new ArrayList<>();
        expressions.forEach((where, expression) -> {
            Set<String> names = PromQlNames.of(expression);
            assertThat(names).as("metrics read by " + where).isNotEmpty();
            names.stream().filter(name -> !exported.contains(name)).forEach(name -> unknown.add(where + ": " + name));
        });
        assertThat(unknown).as("names no series at /q/metrics has").isEmpty();
    }

    /** An offline grading, and an LLM grading the model server fails (so the circuit breaker has been used). */
    private Scrape causeEvents() {
        String key = keys.create("dashboard-" + UUID.randomUUID(), Roles.CLIENT, "test").key();
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
        for (String grader : List.of("offline", "llm")) {
            given().header("X-API-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("questionId", "what-event-loop", "grader", grader,
                            "answer", "The event loop runs callbacks when the call stack is empty."))
                    .post("/api/evaluations").then().statusCode(201);
        }
        given().header("X-API-Key", key).get("/api/questions").then().statusCode(200);
        return Scrape.now();
    }

    private static Map<String, String> dashboardExpressions() throws IOException {
        JsonNode dashboard = JSON.readTree(DASHBOARD.toFile());
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        Map<String, String> expressions = new LinkedHashMap<>();
        collectPanels(dashboard.path("panels"), expressions);
        return expressions;
    }

    private static void collectPanels(JsonNode panels, Map<String, String> expressions) {
        for (JsonNode panel : panels) {
            int i = 0;
            for (JsonNode target : panel.path("targets")) {
                expressions.put(panel.path("title").asText() + " #" + i++, target.path("expr").asText());
            }
            collectPanels(panel.path("panels"), expressions);
        }
    }

    private static List<JsonNode> alertRules() throws IOException {
        JsonNode alerts = YAML.readTree(ALERTS.toFile());
        List<JsonNode> rules = new ArrayList<>();
        alerts.path("groups").forEach(group -> group.path("rules").forEach(rules::add));
        assertThat(rules).as("rules in " + ALERTS).isNotEmpty();
        return rules;
    }
}
