package dev.viva.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.client.ApiClient;
import dev.viva.client.api.EvaluationsApi;
import dev.viva.client.api.QuestionsApi;
import dev.viva.client.model.EvaluationRequest;
import dev.viva.client.model.EvaluationStatus;
import dev.viva.client.model.EvaluationView;
import dev.viva.client.model.GraderKind;
import dev.viva.client.model.LearnerFeedback;
import dev.viva.client.model.PageEvaluationView;
import dev.viva.client.model.QuestionDetail;
import dev.viva.client.model.QuestionRequest;
import dev.viva.bank.OwnQuestions;
import dev.viva.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A learning platform's integration, written against the Java client generated from the committed
 * contract: a change to a resource that breaks the contract breaks this test (or the contract test).
 * Screenings join it when they exist.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    OwnQuestions ownQuestions;

    @AfterEach
    void clean() {
        ownQuestions.forget();
    }

    @Test
    void aPlatformCreatesAQuestionGradesAnAnswerReadsTheFeedbackAndListsItsEvaluations() throws Exception {
        String key = ownQuestions.caller(Roles.CLIENT).key();
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("X-API-Key", key));
        QuestionsApi questions = new QuestionsApi(client);
        EvaluationsApi grading = new EvaluationsApi(client);
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        QuestionDetail question = questions.createQuestion(new QuestionRequest().bank(OwnQuestions.BANK)
                .id(OwnQuestions.BANK + ".closures-" + suffix).text("What is a closure in JavaScript?")
                .modelAnswer("A closure is a function bundled with the variables of the scope it was created in, "
                        + "so it can still read them after that scope has returned.")
                .autoApprove(true));
        assertThat(question.getId()).isEqualTo(OwnQuestions.BANK + ".closures-" + suffix);

        Object graded = grading.gradeAnswer(new EvaluationRequest().questionId(question.getId())
                .answer("A closure is a function that keeps the variables of the scope it was created in, even "
                        + "after that scope returned.").candidateRef("learner-1").grader(GraderKind.OFFLINE),
                null, null, null, null, null, null);
        String id = String.valueOf(((Map<?, ?>) graded).get("id"));

        EvaluationView stored = grading.getEvaluation(id);
        assertThat(stored.getStatus()).isIn(EvaluationStatus.GRADED, EvaluationStatus.NEEDS_REVIEW);
        LearnerFeedback feedback = grading.getEvaluationFeedback(id);
        assertThat(feedback.getEvaluationId()).hasToString(id);
        assertThat(feedback.getBand()).isNotNull();
        assertThat(feedback.getCriteria()).isNotEmpty();
        PageEvaluationView page = grading.listEvaluations("learner-1", null, 0, question.getId(), 10, null, null);
        assertThat(page.getItems()).extracting(EvaluationView::getId).extracting(String::valueOf).containsExactly(id);
    }
}
