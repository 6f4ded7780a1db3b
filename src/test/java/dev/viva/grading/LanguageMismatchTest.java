package dev.viva.grading;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.GradingContext;
import dev.viva.evaluation.GradingContexts;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.question.QuestionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An answer written in another language than the rubric is flagged language_mismatch and goes to review,
 * so that a correct answer the offline grader cannot read is never shown as a confident low score; an answer in
 * the rubric's language is not, on any seed question.
 */
@QuarkusTest
@TestSecurity(user = "lang-reviewer", roles = "reviewer")
class LanguageMismatchTest {

    private static final Map<String, String> CORRECT_ELSEWHERE = Map.of(
            "de", "Die Event Loop ist der Mechanismus, mit dem Node.js nicht blockierende Ein- und Ausgaben ausführt: "
                    + "Rückrufe warten in einer Warteschlange, bis der Aufrufstapel leer ist, und werden dann nacheinander ausgeführt.",
            "fr", "La boucle d'événements permet à Node.js d'effectuer des entrées et sorties non bloquantes : les fonctions de "
                    + "rappel attendent dans une file jusqu'à ce que la pile d'appels soit vide, puis elles sont exécutées une par une.",
            "es", "El bucle de eventos permite que Node.js realice operaciones de entrada y salida sin bloqueo: las funciones de "
                    + "devolución esperan en una cola hasta que la pila de llamadas está vacía y luego se ejecutan una por una.");

    @Inject
    QuestionRepository questions;

    @Inject
    GradingContexts contexts;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    dev.viva.text.TextLanguage languages;

    @AfterEach
    void clean() {
        QuarkusTransaction.requiringNew().run(() -> StoredEvaluations.removeAll(evaluations));
    }

    @Test
    void aCorrectAnswerInAnotherLanguageIsFlaggedAndSentToReviewWithTheLanguagesOnRecord() {
        CORRECT_ELSEWHERE.forEach((language, answer) -> {
            JsonPath graded = grade("what-event-loop", answer);
            assertThat(graded.getList("flags", String.class)).as(language).contains("language_mismatch");
            assertThat(graded.getString("status")).isEqualTo("needs_review");
            assertThat(graded.getString("provenance.settings.language.answer")).isEqualTo(language);
            assertThat(graded.getString("provenance.settings.language.rubric")).isEqualTo("en");
        });
    }

    @Test
    void anAnswerInTheRubricsLanguageIsNeverFlaggedOnAnySeedQuestion() {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> questions.find("bank", "interview").list().stream()
                .filter(q -> q.duplicateOf == null).map(q -> q.id).toList());
        assertThat(ids).hasSizeGreaterThan(20);
        for (String id : ids) {
            GradingContext context = contexts.target(id).context();
            assertThat(languages.of(context.modelAnswer(), 0.95)).as("model answer of %s", id).contains("en");
            JsonPath graded = grade(id, context.modelAnswer());
            assertThat(graded.getList("flags", String.class)).as("the model answer of %s as an answer", id)
                    .doesNotContain("language_mismatch");
        }
        JsonPath terse = grade("what-event-loop", "Die Event Loop.");
        assertThat(terse.getList("flags", String.class)).as("too short to judge").doesNotContain("language_mismatch");
    }

    private static JsonPath grade(String questionId, String answer) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("questionId", questionId, "answer", answer, "grader", "offline"))
                .post("/api/evaluations").then().statusCode(201).extract().jsonPath();
    }
}
