package dev.viva;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.viva.llm.WireMockLlmServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jobrunr.configuration.JobRunr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness names what an instance needs to serve: the database and the job engine fail it; the model
 * server is named too but never fails it, since an instance that cannot reach the model still grades offline
 * and keeps LLM answers for the retry job.
 */
@QuarkusTest
@WithTestResource(WireMockLlmServer.class)
class ReadinessChecksTest {

    private static final String DATABASE = "Database connections health check";

    @WireMockLlmServer.InjectWireMock
    WireMockServer llm;

    @BeforeEach
    void resetModelServer() {
        llm.resetAll();
    }

    @AfterEach
    void jobServerRunsAgain() {
        if (!JobRunr.getBackgroundJobServer().isRunning()) {
            JobRunr.getBackgroundJobServer().start();
        }
    }

    @Test
    void readinessNamesTheDatabaseAndTheJobEngineUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DATABASE + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'job engine' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'job engine' }.data.storage", equalTo("reachable"))
                .body("checks.find { it.name == 'job engine' }.data.server", equalTo("running"));
    }

    @Test
    void aStoppedJobServerMakesTheInstanceNotReady() {
        JobRunr.getBackgroundJobServer().stop();

        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'job engine' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'job engine' }.data.server", equalTo("stopped"));
    }

    @Test
    void aModelServerThatAnswersIsReportedReachable() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'model server' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'model server' }.data.modelServer", equalTo("reachable"))
                .body("checks.find { it.name == 'model server' }.data.circuitBreaker", equalTo("closed"));
        llm.verify(getRequestedFor(urlEqualTo("/v1/models")));
    }

    @Test
    void aModelServerThatCannotBeReachedIsReportedUnreachableAndTheInstanceStaysReady() {
        llm.stubFor(get(urlEqualTo("/v1/models")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'model server' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'model server' }.data.modelServer", equalTo("unreachable"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
