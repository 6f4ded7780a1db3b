package dev.viva.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.security.Roles;
import dev.viva.security.SignIn;
import dev.viva.security.UserRepository;
import dev.viva.security.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The web pages over HTTP: escaping of answers, CSRF on forms, who may open them. */
@QuarkusTest
class ReviewPagesTest {

    private static final String ANSWER = "The event loop runs callbacks when the call stack is empty. "
            + "<script>alert('x')</script>";

    @Inject
    UserService userService;

    @Inject
    UserRepository users;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    dev.viva.rubric.RubricVersionRepository rubricVersions;

    @AfterEach
    void clean() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
            users.delete("username <> ?1", SignIn.ADMIN);
        });
    }

    private String submit(String session) {
        return given().cookie(SignIn.SESSION_COOKIE, session).contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", ANSWER, "grader", "offline"))
                .post("/api/evaluations").then().statusCode(201).extract().path("id");
    }

    @Test
    void showsMarkupInAnAnswerAsTextNeverAsMarkup() {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        String id = submit(admin);
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui/evaluations/" + id)
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
                .body(not(containsString("<script>alert")));
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui")
                .then().statusCode(200)
                .body(containsString("/ui/evaluations/" + id))
                .body(not(containsString("<script>alert")));
    }

    @Test
    void refusesAReviewFormWithoutTheCsrfToken() {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        String id = submit(admin);
        given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.URLENC).formParam("comment", "ok")
                .post("/ui/evaluations/" + id + "/review")
                .then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, admin).cookie(CsrfToken.COOKIE, "a".repeat(43))
                .contentType(ContentType.URLENC).formParam("comment", "ok").formParam("csrf", "b".repeat(43))
                .post("/ui/evaluations/" + id + "/review")
                .then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, admin).cookie(CsrfToken.COOKIE, "a".repeat(43))
                .redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("comment", "ok").formParam("csrf", "a".repeat(43))
                .post("/ui/evaluations/" + id + "/review")
                .then().statusCode(303);
    }

    @Test
    void drawsTheDashboardChartsAsSvgWithTheCalibrationPanel() {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        String id = submit(admin);
        given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON).body(Map.of())
                .post("/api/evaluations/" + id + "/review").then().statusCode(200);
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui/dashboard")
                .then().statusCode(200)
                .body(containsString("id=\"score-distribution\""))
                .body(containsString("<svg"))
                .body(containsString("id=\"override-rates\""))
                .body(containsString("id=\"live-agreement\""))
                .body(containsString("id=\"calibration\""))
                .body(not(containsString("<script")));
    }

    @Test
    void showsTheBankRubricVersionsSideBySideAndRegradesWithOldAndNewScores() {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        submit(admin);
        given().cookie(SignIn.SESSION_COOKIE, admin).queryParam("q", "event loop").get("/ui/questions")
                .then().statusCode(200).body(containsString("/ui/questions/what-event-loop"));
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui/questions/what-event-loop")
                .then().statusCode(200)
                .body(containsString("id=\"versions\""))
                .body(containsString("id=\"side-by-side\""))
                .body(containsString("id=\"diff\""));
        String token = "c".repeat(43);
        given().cookie(SignIn.SESSION_COOKIE, admin).cookie(CsrfToken.COOKIE, token)
                .contentType(ContentType.URLENC).formParam("csrf", token)
                .post("/ui/questions/what-event-loop/regrade")
                .then().statusCode(200)
                .body(containsString("id=\"regrade-results\""));
    }

    @Test
    void approvesADraftRubricFromItsPageAfterShowingTheDiff() {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        try {
            given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.JSON).body(Map.of("weight", 3))
                    .patch("/api/questions/what-event-loop/rubric/criteria/async-on-single-thread")
                    .then().statusCode(201).body("version", org.hamcrest.Matchers.equalTo(2));
            given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui/questions/what-event-loop")
                    .then().statusCode(200)
                    .body(containsString("id=\"approve-2\""))
                    .body(containsString("v1 and v2 side by side"))
                    .body(containsString("<tr class=\"changed\"><td>async-on-single-thread</td>"));
            String token = "d".repeat(43);
            given().cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.URLENC)
                    .post("/ui/questions/what-event-loop/rubric/versions/2/approve")
                    .then().statusCode(403);
            given().cookie(SignIn.SESSION_COOKIE, admin).cookie(CsrfToken.COOKIE, token).redirects().follow(false)
                    .contentType(ContentType.URLENC).formParam("csrf", token)
                    .post("/ui/questions/what-event-loop/rubric/versions/2/approve")
                    .then().statusCode(303);
            given().cookie(SignIn.SESSION_COOKIE, admin).get("/api/questions/what-event-loop/rubric/versions/2")
                    .then().statusCode(200)
                    .body("active", org.hamcrest.Matchers.equalTo(true))
                    .body("approvedBy", org.hamcrest.Matchers.equalTo(SignIn.ADMIN));
        } finally {
            dev.viva.rubric.ShippedRubrics.restore(rubricVersions, "what-event-loop");
        }
    }

    @Test
    void sendsSignedOutVisitorsToTheLoginFormAndRefusesClients() {
        given().redirects().follow(false).get("/ui")
                .then().statusCode(303).header("Location", endsWith("/login"));
        userService.create("carla", "carla-password-1", Roles.CLIENT);
        String client = SignIn.session("carla", "carla-password-1");
        given().cookie(SignIn.SESSION_COOKIE, client).redirects().follow(false).get("/ui")
                .then().statusCode(403).body(containsString("Forbidden"));
    }
}
