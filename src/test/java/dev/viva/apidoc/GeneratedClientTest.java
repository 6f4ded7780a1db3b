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
import java.util.List;
import java.util.Map;
import dev.viva.client.api.ScreeningsApi;
import dev.viva.client.model.NewScreening;
import dev.viva.client.model.Ranking;
import dev.viva.client.model.ScreeningStatus;
import dev.viva.client.model.ScreeningView;
import dev.viva.client.model.SubmissionsAccepted;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A learning platform's integration, written against the Java client generated from the committed
 * contract: a change to a resource that breaks the contract breaks this test (or the contract test).
 * An ATS vendor's integration runs a screening through it to its ranking.
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
        PageEvaluationView page = grading.listEvaluations("learner-1", null, 0, question.getId(), null, 10, null, null);
        assertThat(page.getItems()).extracting(EvaluationView::getId).extracting(String::valueOf).containsExactly(id);
    }

    @Test
    void anAtsRunsAScreeningToCompletionAndReadsItsRanking() throws Exception {
        String key = ownQuestions.caller(Roles.CLIENT).key();
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("X-API-Key", key));
        ScreeningsApi screenings = new ScreeningsApi(client);

        ScreeningView created = screenings.createScreening(new NewScreening().name("Backend, client test")
                .questionIds(List.of("what-event-loop")).grader(GraderKind.OFFLINE).blind(true));
        assertThat(created.getStatus()).isEqualTo(ScreeningStatus.OPEN);
        SubmissionsAccepted accepted = screenings.uploadScreeningSubmissions(created.getId().toString(), """
                candidateRef,questionId,answer
                ats-1,what-event-loop,"The event loop runs callbacks when the call stack is empty,
                while I/O waits in the OS or the libuv pool."
                ats-2,what-event-loop,It is a loop.
                """);
        assertThat(accepted.getAccepted()).isEqualTo(2);
        assertThat(accepted.getCandidates()).isEqualTo(2);

        ScreeningView state = screenings.getScreening(created.getId().toString());
        for (int i = 0; i < 180 && state.getStatus() != ScreeningStatus.COMPLETE; i++) {
            Thread.sleep(500);
            state = screenings.getScreening(created.getId().toString());
        }
        assertThat(state.getStatus()).isEqualTo(ScreeningStatus.COMPLETE);
        assertThat(state.getProgress().getTotal()).isEqualTo(2L);
        Ranking ranking = screenings.getScreeningRanking(created.getId().toString());
        assertThat(ranking.getItems()).hasSize(2).allSatisfy(item -> {
            assertThat(item.getCandidateRef()).matches("Candidate [0-9]+");
            assertThat(item.getComplete()).isTrue();
        });
        assertThat(ranking.getItems().getFirst().getRank()).isEqualTo(1);
    }
}
