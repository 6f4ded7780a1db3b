package dev.viva.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With the production setting, callbacks cannot reach the network Viva runs in (SSRF). */
@QuarkusTest
@TestProfile(PrivateCallbackAddressesAreRefusedTest.ProductionAddresses.class)
class PrivateCallbackAddressesAreRefusedTest {

    public static class ProductionAddresses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("viva.webhooks.allow-private-addresses", "false");
        }
    }

    @Inject
    ApiKeyService keys;

    @Inject
    EvaluationRepository evaluations;

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
            "http://192.168.0.10/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook",
            "http://[fd00::1]/hook", "http://0.0.0.0/hook", "http://100.64.0.1/hook", "http://[::ffff:127.0.0.1]/x"})
    void aCallbackToAPrivateLoopbackOrLinkLocalAddressIs422AndStoresNothing(String url) {
        String key = keys.create("ssrf-" + UUID.randomUUID(), Roles.CLIENT, "test").key();
        long before = QuarkusTransaction.requiringNew().call(() -> evaluations.count());

        given().header("X-API-Key", key).header("Prefer", "respond-async").contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", "The event loop runs callbacks.",
                        "callbackUrl", url))
                .post("/api/evaluations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Callback URL not allowed")).body("detail", containsString("refused"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> evaluations.count())).isEqualTo(before);
    }
}
