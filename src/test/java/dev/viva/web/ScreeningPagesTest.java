package dev.viva.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.viva.question.BankFixtures;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.rubric.model.Criterion;
import dev.viva.screening.invitation.Invitations;
import dev.viva.security.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The screening pages over HTTP: what a candidate's pages never show, dead links, CSRF, who may open what. */
@QuarkusTest
class ScreeningPagesTest {

    private static final String CSRF = "s".repeat(43);

    @Inject
    ScreeningFixtures fixtures;

    @Inject
    Invitations invitations;

    @Inject
    BankFixtures bank;

    @Inject
    RubricVersionRepository rubrics;

    @AfterEach
    void clean() {
        fixtures.removeAll();
    }

    /** Every text of the screening's rubrics and model answers that a candidate must never see. */
    private List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        for (String questionId : ScreeningFixtures.QUESTIONS) {
            secrets.add(bank.question(questionId).modelAnswer.strip());
            QuarkusTransaction.requiringNew().run(() -> {
                for (Criterion c : rubrics.findActive(questionId).orElseThrow().content.criteria()) {
                    secrets.add(c.description());
                    secrets.addAll(c.examples());
                }
            });
        }
        return secrets.stream().filter(s -> s != null && s.length() > 12).toList();
    }

    private String page(String path, int status) {
        return given().redirects().follow(false).get(path).then().statusCode(status)
                .contentType(startsWith("text/html")).extract().asString();
    }

    private io.restassured.response.ValidatableResponse post(String path, String go, String answer) {
        return given().redirects().follow(false).cookie(CsrfToken.COOKIE, CSRF).contentType(ContentType.URLENC)
                .formParam("csrf", CSRF).formParam("answer", answer).formParam("go", go).post(path)
                .then().statusCode(303);
    }

    @Test
    void theCandidatesPagesNeverShowARubricTheModelAnswerAScoreOrAnotherCandidate() {
        UUID screening = fixtures.screening("Backend engineers");
        String token = fixtures.invite(screening, "ats-mine");
        fixtures.invite(screening, "ats-someone-else");
        invitations.saveDraft(token, 1, "My draft of the first answer.");
        List<String> secrets = secrets();
        assertThat(secrets).hasSizeGreaterThan(4);
        for (String path : List.of("", "/1", "/2", "/review")) {
            String html = page("/take/" + token + path, 200);
            assertThat(html).as(path).doesNotContain(secrets)
                    .doesNotContain("ats-someone-else", "ats-mine", "Candidate 1", "Candidate 2")
                    .doesNotContainIgnoringCase("score").doesNotContainIgnoringCase("rubric");
        }
    }

    @Test
    void anUnknownTokenGetsAPlainNotFoundPage() {
        String html = page("/take/" + "x".repeat(43), 404);
        assertThat(html).contains("This link is not valid").doesNotContain("Exception", "dev.viva");
        page("/take/" + "x".repeat(43) + "/1", 404);
        page("/take/" + "x".repeat(43) + "/review", 404);
    }

    @Test
    void aSpentTokenGetsAPlainGonePageAndCannotPostAgain() {
        UUID screening = fixtures.screening("Backend engineers");
        String token = fixtures.invite(screening, "ats-spent");
        invitations.saveDraft(token, 1, "First answer.");
        invitations.saveDraft(token, 2, "Second answer.");
        invitations.submit(token);
        for (String path : List.of("", "/1", "/review")) {
            assertThat(page("/take/" + token + path, 410)).contains("Already submitted")
                    .doesNotContain("Exception", "dev.viva");
        }
        given().redirects().follow(false).cookie(CsrfToken.COOKIE, CSRF).contentType(ContentType.URLENC)
                .formParam("csrf", CSRF).post("/take/" + token + "/submit")
                .then().statusCode(410).body(containsString("Already submitted"));
        assertThat(fixtures.evaluationsOf(screening)).hasSize(2);
    }

    @Test
    void anExpiredTokenGetsAPlainGonePage() {
        UUID screening = fixtures.screening("Backend engineers");
        String token = fixtures.invite(screening, "ats-late");
        fixtures.expire(token);
        assertThat(page("/take/" + token, 410)).contains("Invitation expired", "Ask the hiring team for a new one");
    }

    @Test
    void everyButtonSavesTheDraftAndRedirectsWhereItSaid() {
        UUID screening = fixtures.screening("Backend engineers");
        String token = fixtures.invite(screening, "ats-prg");
        String take = "/take/" + token;
        post(take + "/1", "save", "One.").header("Location", org.hamcrest.Matchers.endsWith(take + "/1?saved=1"));
        post(take + "/1", "next", "One, edited.").header("Location", org.hamcrest.Matchers.endsWith(take + "/2"));
        post(take + "/2", "previous", "Two.").header("Location", org.hamcrest.Matchers.endsWith(take + "/1"));
        post(take + "/2", "review", "Two, edited.").header("Location", org.hamcrest.Matchers.endsWith(take + "/review"));
        assertThat(invitations.open(token).questions()).extracting(q -> q.draft())
                .containsExactly("One, edited.", "Two, edited.");
        assertThat(page(take + "/1", 200)).contains("One, edited.", "<span id=\"counter-count\">12</span>");
    }

    @Test
    void submittingWithAnAnswerMissingReturnsToTheReviewPageAndStoresNothing() {
        UUID screening = fixtures.screening("Backend engineers");
        String token = fixtures.invite(screening, "ats-half");
        invitations.saveDraft(token, 1, "Only the first.");
        given().redirects().follow(false).cookie(CsrfToken.COOKIE, CSRF).contentType(ContentType.URLENC)
                .formParam("csrf", CSRF).post("/take/" + token + "/submit")
                .then().statusCode(303).header("Location", containsString("/take/" + token + "/review?error="));
        assertThat(page("/take/" + token + "/review", 200)).contains("not answered", "needs an answer");
        assertThat(fixtures.evaluationsOf(screening)).isEmpty();
    }

    @Test
    void aCandidateFormWithoutTheCsrfTokenIsRefusedAndSavesNothing() {
        UUID screening = fixtures.screening("Backend engineers");
        String token = fixtures.invite(screening, "ats-csrf");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("answer", "Forged.")
                .formParam("go", "save").post("/take/" + token + "/1")
                .then().statusCode(403).contentType(startsWith("text/html"));
        assertThat(invitations.open(token).questions().getFirst().draft()).isNull();
    }

    @Test
    void aDecisionWithoutTheCsrfTokenIsRefusedAndNothingIsDecided() {
        UUID screening = fixtures.screening("Backend engineers");
        fixtures.invite(screening, "ats-decide");
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        String path = "/ui/screenings/" + screening + "/candidates/Candidate%201/decision";
        given().urlEncodingEnabled(false).redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, admin).contentType(ContentType.URLENC)
                .formParam("decision", "advance").post(path).then().statusCode(403);
        given().urlEncodingEnabled(false).redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, admin).cookie(CsrfToken.COOKIE, CSRF)
                .contentType(ContentType.URLENC).formParam("csrf", "t".repeat(43)).formParam("decision", "advance")
                .post(path).then().statusCode(403);
        given().urlEncodingEnabled(false).cookie(SignIn.SESSION_COOKIE, admin)
                .get("/ui/screenings/" + screening + "/candidates/Candidate%201")
                .then().statusCode(200).body(not(containsString("id=\"decision\"")));
        given().urlEncodingEnabled(false).redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, admin).cookie(CsrfToken.COOKIE, CSRF)
                .contentType(ContentType.URLENC).formParam("csrf", CSRF).formParam("decision", "hold")
                .post(path).then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/candidates/ats-decide"));
    }

    @Test
    void theReviewerPagesNeedASignInAndTheCandidatePagesDoNot() {
        UUID screening = fixtures.screening("Backend engineers");
        String token = fixtures.invite(screening, "ats-open");
        given().redirects().follow(false).get("/ui/screenings").then().statusCode(303);
        given().redirects().follow(false).get("/ui/screenings/" + screening).then().statusCode(303);
        given().redirects().follow(false).get("/ui/screenings/" + screening + "/export.csv").then().statusCode(303);
        page("/take/" + token, 200);
        given().get("/static/counter.js").then().statusCode(200);
    }

    @Test
    void theCandidatesPagesAllowTheirOwnScriptFileAndNothingInline() {
        UUID screening = fixtures.screening("Backend engineers");
        String token = fixtures.invite(screening, "ats-csp");
        given().get("/take/" + token + "/1").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Cache-Control", "no-store")
                .body(containsString("<script src=\"/static/counter.js\"></script>"))
                .body(not(containsString("<script>")));
    }

    @Test
    void aScreeningPageReloadsItselfWhileGradingAndStopsOnceEveryAnswerIsGraded() throws InterruptedException {
        UUID screening = fixtures.screening("Backend engineers");
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        fixtures.withGradingPaused(() -> {
            fixtures.upload(screening, "candidateRef,questionId,answer\n"
                    + "ats-a,what-event-loop,Callbacks run when the call stack is empty.\n"
                    + "ats-a,event-loop-action,Timers run after the current code.\n");
            given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui/screenings/" + screening).then().statusCode(200)
                    .body(containsString("id=\"status\" class=\"status-grading\""))
                    .body(containsString("<meta http-equiv=\"refresh\" content=\"5\">"))
                    .body(containsString("<progress id=\"progress\" max=\"2\" value=\"0\">"));
        });
        fixtures.graded(screening);
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui/screenings/" + screening).then().statusCode(200)
                .body(containsString("class=\"status-complete\""))
                .body(not(containsString("http-equiv=\"refresh\"")))
                .body(containsString("<progress id=\"progress\" max=\"2\" value=\"2\">"));
    }

    @Test
    void theExportPageGivesTheRankingAsCsvToASignedInReviewer() {
        UUID screening = fixtures.screening("Backend engineers");
        fixtures.invite(screening, "ats-export");
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        String csv = given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui/screenings/" + screening + "/export.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertThat(csv).startsWith("rank,candidateRef,score,what-event-loop,event-loop-action,complete,decision,reviewer")
                .contains("Candidate 1");
    }
}
