package dev.viva.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.screening.StoredScreenings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET /api/people/{ref}/export: the person's own data, all of it, in one JSON document; not the answer key. */
@QuarkusTest
@TestSecurity(user = "dpo-admin", roles = "admin")
class PersonExportTest {

    @Inject
    StoredScreenings screenings;

    @AfterEach
    void clean() {
        screenings.removeAll();
    }

    @Test
    void theExportHoldsTheAnswersScoresVerdictsWithEvidenceDecisionsAndInterviews() {
        PersonalHistory h = PersonalHistory.of("cand-export-1");
        PersonalHistory.of("cand-export-other");

        var response = given().get("/api/people/{ref}/export", h.ref).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")).extract();
        JsonPath export = response.jsonPath();
        String body = response.asString();

        assertThat(export.getString("ref")).isEqualTo(h.ref);
        List<Map<String, Object>> answers = export.getList("answers");
        assertThat(answers).as("API, screening and interview answers").hasSizeGreaterThanOrEqualTo(3);
        assertThat(answers).extracting(a -> a.get("answer")).allMatch(a -> ((String) a).contains(PersonalHistory.ANSWER_MARKER));
        Map<String, Object> api = answers.stream().filter(a -> h.apiEvaluation.equals(a.get("evaluationId"))).findFirst().orElseThrow();
        assertThat(api.get("score")).isNotNull();
        assertThat(api.get("questionText")).asString().containsIgnoringCase("event loop");
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) api.get("criteria");
        assertThat(criteria).isNotEmpty().allMatch(c -> c.get("verdict") != null && c.containsKey("evidence"));
        assertThat(criteria.getFirst().get("reviewedVerdict")).isEqualTo("met");
        List<Map<String, Object>> reviews = (List<Map<String, Object>>) api.get("reviews");
        assertThat(reviews).extracting(r -> r.get("action")).contains("override", "comment");
        assertThat(reviews).extracting(r -> (String) r.get("reason")).anyMatch(r -> r != null && r.contains(PersonalHistory.REASON_MARKER));

        assertThat(export.getString("screenings[0].screeningId")).isEqualTo(h.screening);
        assertThat(export.getString("screenings[0].decision")).isEqualTo("advance");
        assertThat(export.getString("screenings[0].decisionReason")).contains(PersonalHistory.REASON_MARKER);
        assertThat(export.getString("screenings[0].demographicCategory")).isEqualTo("group-" + PersonalHistory.REASON_MARKER);
        assertThat(export.getList("invitations")).hasSize(1);
        assertThat(export.getString("interviews[0].id")).isEqualTo(h.interview);
        assertThat(export.getString("interviews[0].status")).isEqualTo("finished");
        assertThat(export.getMap("interviews[0].report")).as("the finished interview's report").isNotEmpty();

        assertThat(body).as("nothing of the other person").doesNotContain("cand-export-other");
        assertThat(body).as("no rubric descriptions").doesNotContain("\"description\"");
    }
}
