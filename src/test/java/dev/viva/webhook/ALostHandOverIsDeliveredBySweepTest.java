package dev.viva.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.EvaluationStatus;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.grading.GraderKind;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A message written with its result but never handed to the job engine (the instance died between the
 * commit and the hand-over) is still delivered: the sweep finds it and enqueues it.
 */
@QuarkusTest
class ALostHandOverIsDeliveredBySweepTest {

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    ApiKeyService keys;

    @AfterEach
    void clean() {
        QuarkusTransaction.requiringNew().run(() -> StoredEvaluations.removeAll(evaluations));
    }

    @Test
    void aPendingMessageThatNoJobHoldsIsDeliveredAfterAWhile() throws Exception {
        WireMockServer receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        try {
            receiver.stubFor(post(urlEqualTo("/late")).willReturn(aResponse().withStatus(200)));
            String client = keys.create("orphan-" + UUID.randomUUID(), Roles.CLIENT, "test").apiKey().principal();
            String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
            QuarkusTransaction.requiringNew().run(() -> {
                Evaluation e = new Evaluation();
                e.id = UUID.randomUUID();
                e.questionId = "what-event-loop";
                e.clientRef = client;
                e.answer = "An answer graded before the instance died.";
                e.answerHash = "x";
                e.requestedGrader = GraderKind.OFFLINE;
                e.status = EvaluationStatus.GRADED;
                e.createdAt = OffsetDateTime.now().minusMinutes(5);
                evaluations.persist(e);
                WebhookDelivery d = new WebhookDelivery();
                d.id = id;
                d.evaluationId = e.id;
                d.clientRef = client;
                d.url = receiver.baseUrl() + "/late";
                d.eventType = "evaluation.completed";
                d.payload = "{\"type\":\"evaluation.completed\"}";
                d.status = WebhookDelivery.PENDING;
                d.createdAt = OffsetDateTime.now().minusMinutes(5);
                deliveries.persist(d);
            });

            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (receiver.findAll(postRequestedFor(urlEqualTo("/late"))).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }

            assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/late")))).hasSize(1)
                    .allSatisfy(r -> assertThat(r.getHeader("webhook-id")).isEqualTo(id));
        } finally {
            receiver.stop();
        }
    }
}
