package dev.viva.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A platform developer finds the feedback view, the asynchronous flow and the webhook in the OpenAPI document. */
@QuarkusTest
class TheFeedbackApiIsDocumentedTest {

    @Test
    void theOpenApiDocumentDescribesTheFeedbackViewTheAsyncFlowAndTheSignedWebhook() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/evaluations/{id}/feedback'.get.operationId", equalTo("getEvaluationFeedback"))
                .body("paths.'/api/evaluations'.post.responses.'202'.description", notNullValue())
                .body("paths.'/api/evaluations'.post.parameters.name", hasItems("Prefer", "Accept-Language", "async", "view"))
                .body("components.schemas.LearnerFeedback.properties.band.examples[0]", equalTo("partial"))
                .body("webhooks.evaluationCompleted.post.parameters.name",
                        hasItems("webhook-id", "webhook-timestamp", "webhook-signature"))
                .body("webhooks.evaluationCompleted.post.requestBody.content.'application/json'.example.type",
                        equalTo("evaluation.completed"))
                .body("components.schemas.EvaluationCompletedEvent.properties.data.'$ref'",
                        equalTo("#/components/schemas/LearnerFeedback"));
    }
}
