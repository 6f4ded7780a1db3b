package dev.viva.bank;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.viva.bank.OwnQuestions.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.viva.bank.OwnQuestions.Caller;
import dev.viva.llm.WireMockLlmServer;
import dev.viva.security.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where the LLM is configured, the rubric of a new question is drafted by the LLM rubric writer (WireMock). */
@QuarkusTest
@WithTestResource(WireMockLlmServer.class)
class OwnQuestionsWithLlmTest {

    private static final String COMPLETIONS = "/v1/chat/completions";

    @WireMockLlmServer.InjectWireMock
    WireMockServer wireMock;

    @Inject
    OwnQuestions own;

    Caller client;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
        client = own.caller(Roles.CLIENT);
    }

    @AfterEach
    void forget() {
        own.forget();
        CircuitBreakerMaintenance.get().resetAll(); // the failures counted here must not open it for later tests
    }

    @Test
    void theLlmRubricWriterDraftsTheRubricFromTheQuestionAndItsModelAnswer() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(recorded("rubric-event-loop-action.json"))));

        client.create(question("What is a closure in JavaScript?")).then().statusCode(201)
                .body("draftRubric.origin", equalTo("llm"))
                .body("activeRubric", equalTo(null));
        wireMock.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(containing("What is a closure in JavaScript?"))
                .withRequestBody(containing("A closure is a function bundled with the variables")));
    }

    @Test
    void aModelServerThatFailsStoresNoQuestion() {
        wireMock.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));

        client.create(question("What is a closure in JavaScript?")).then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("Nothing was stored"));
        client.request().queryParam("bank", OwnQuestions.BANK).get("/api/questions").then().body("items", hasSize(0));
        assertThat(own.count()).isZero();
    }

    private static String recorded(String name) {
        try (InputStream in = OwnQuestionsWithLlmTest.class.getResourceAsStream("/rubric-writer/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
