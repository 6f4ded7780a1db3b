package dev.viva.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.http.RecordedSpans;
import dev.viva.screening.StoredScreenings;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The traces of a person's whole history (grading, screening, decision, interview, export, erasure) carry ids, not text. */
@QuarkusTest
@TestSecurity(user = "dpo-admin", roles = "admin")
class SpansCarryIdsNotPersonalDataTest {

    @Inject
    RecordedSpans spans;

    @Inject
    StoredScreenings screenings;

    @AfterEach
    void clean() {
        screenings.removeAll();
    }

    @Test
    void noSpanNameOrAttributeHoldsTheRefOrTheAnswers() throws Exception {
        spans.clear();
        PersonalHistory h = PersonalHistory.of("cand-span-1");
        given().queryParam("candidateRef", h.ref).get("/api/evaluations").then().statusCode(200);
        given().get("/api/people/{ref}/export", h.ref).then().statusCode(200);
        given().delete("/api/people/{ref}", h.ref).then().statusCode(200);
        Thread.sleep(500); // the last server spans end after their response is written

        List<SpanData> recorded = spans.all();
        assertThat(recorded).as("spans were recorded").hasSizeGreaterThan(10);
        assertThat(recorded).as("an HTTP span of the export, with its path rewritten")
                .anyMatch(s -> "/api/people/{ref}/export".equals(s.getAttributes().get(
                        io.opentelemetry.api.common.AttributeKey.stringKey("url.path"))));
        for (SpanData s : recorded) {
            String text = s.getName() + " " + s.getAttributes() + " " + s.getEvents();
            assertThat(text).as("span %s", s.getName()).doesNotContain(h.ref).doesNotContain(h.words)
                    .doesNotContain(PersonalHistory.ANSWER_MARKER).doesNotContain(PersonalHistory.REASON_MARKER);
        }
    }
}
