package dev.viva.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With the production setting, scrapes within viva.metrics.gauge-cache-ttl reuse one query's result. */
@QuarkusTest
@TestProfile(GaugesReadTheDatabaseOnceAPeriodTest.HourLongCache.class)
class GaugesReadTheDatabaseOnceAPeriodTest {

    public static class HourLongCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("viva.metrics.gauge-cache-ttl", "1h");
        }
    }

    @Inject
    @CacheName("gauge-query")
    Cache gaugeQueries;

    @Inject
    ApiKeyService keys;

    @Inject
    EvaluationRepository evaluations;

    @AfterEach
    void removeEvaluations() {
        QuarkusTransaction.requiringNew().run(() -> StoredEvaluations.removeAll(evaluations));
    }

    @Test
    void aScrapeWithinTheTimeToLiveShowsTheFiguresOfTheFirstAndAnExpiredEntryIsReadAgain() {
        gaugeQueries.invalidateAll().await().indefinitely();
        double depth = Scrape.now().value("viva_review_queue_depth");

        String key = keys.create("cache-" + UUID.randomUUID(), Roles.CLIENT, "test").key();
        given().header("X-API-Key", key).contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", "Callbacks queue.", "grader", "offline"))
                .post("/api/evaluations").then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("needs_review"));

        assertThat(Scrape.now().value("viva_review_queue_depth")).as("within the hour").isEqualTo(depth);
        gaugeQueries.invalidateAll().await().indefinitely();
        assertThat(Scrape.now().value("viva_review_queue_depth")).as("read again").isEqualTo(depth + 1);
    }
}
