package dev.viva.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.security.ApiKeyRepository;
import dev.viva.security.ApiKeyService;
import dev.viva.security.Roles;
import dev.viva.security.UserRepository;
import dev.viva.security.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer's day in a real browser: sign in, open the queue, open an evaluation, override a criterion
 * with a reason, see the new score and the audit entry. A client cannot open the UI, and an answer
 * with markup in it shows as text. A screenshot of the evaluation page is saved under target/.
 */
@QuarkusTest
class ReviewInTheBrowserTest {

    static final Path SCREENSHOT = Path.of("target/screenshots/evaluation-page.png");
    private static final String ANSWER = "The event loop lets Node.js run JavaScript on a single thread while I/O "
            + "happens in the background. When an operation completes, its callback is queued and the loop runs it "
            + "once the call stack is empty. <script>document.title='pwned'</script>"
            + "<img src=x onerror=\"document.title='pwned'\"> <b>bold?</b>";

    @TestHTTPResource("/")
    URL base;

    @Inject
    UserService userService;

    @Inject
    UserRepository users;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ApiKeyRepository keys;

    @Inject
    EvaluationRepository evaluations;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowserAndClean() {
        if (browser != null) {
            browser.quit();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluations.removeAll(evaluations);
            keys.deleteAll();
            dev.viva.support.Caches.emptyAll(); // bulk deletes bypass the entity listeners
            users.delete("username <> ?1", "admin");
        });
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    /** The page's h1 once a page other than the login form is loaded (no stale element from the page before). */
    private String headingOnceLoaded() {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .until(page -> page.getCurrentUrl().endsWith("/login") ? null
                        : page.findElement(By.tagName("h1")).getText());
    }

    private String submitAnswer() {
        String key = apiKeys.create("browser-test-client", Roles.CLIENT, "test").key();
        return given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(Map.of("questionId", "what-event-loop", "answer", ANSWER, "grader", "offline",
                        "candidateRef", "cand-browser"))
                .post("/api/evaluations").then().statusCode(201).extract().path("id");
    }

    @Test
    void aReviewerOverridesACriterionAndSeesTheNewScoreAndTheAuditEntry() throws IOException {
        userService.create("rita", "rita-password-1", Roles.REVIEWER);
        String id = submitAnswer();

        signIn("rita", "rita-password-1");
        // the click returns before the browser has followed the sign-in's redirect
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> page.getCurrentUrl().endsWith("/ui"));
        assertThat(browser.getCurrentUrl()).endsWith("/ui");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("rita");
        browser.findElement(By.cssSelector("#queue a[href='/ui/evaluations/" + id + "']")).click();

        // the answer is shown as text: its markup is visible and never runs
        assertThat(browser.findElement(By.id("answer")).getText()).contains("<script>document.title='pwned'</script>")
                .contains("<b>bold?</b>");
        assertThat(browser.findElements(By.cssSelector("#answer script, #answer img, #answer b"))).isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("pwned");

        WebElement firstRow = browser.findElement(By.cssSelector("#criteria tbody tr"));
        String criterion = firstRow.getAttribute("id").substring("criterion-".length());
        String before = new Select(browser.findElement(By.id("verdict-" + criterion))).getFirstSelectedOption().getText();
        String after = before.equals("met") ? "not_met" : "met";
        String scoreBefore = browser.findElement(By.id("score")).getText();

        new Select(browser.findElement(By.id("verdict-" + criterion))).selectByValue(after);
        browser.findElement(By.id("reason-" + criterion)).sendKeys("The second sentence says it.");
        browser.findElement(By.id("override-" + criterion)).click();
        // the form posts and the page comes back with the audit entry: wait for it, not for the click
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElement(By.id("audit")).getText().contains("The second sentence says it."));

        String reviewedScore = given().auth().oauth2(apiKeys.create("browser-reviewer", Roles.REVIEWER, "test").key())
                .get("/api/evaluations/" + id).then().statusCode(200).extract().path("reviewedScore").toString();
        assertThat(new java.math.BigDecimal(browser.findElement(By.id("score")).getText()))
                .isEqualByComparingTo(reviewedScore);
        assertThat(browser.findElement(By.id("score")).getText()).isNotEqualTo(scoreBefore);
        assertThat(browser.findElement(By.id("machine-score")).getText()).contains("machine score");
        assertThat(browser.findElement(By.cssSelector("#criterion-" + criterion + " .verdict")).getText()).startsWith(after);
        String audit = browser.findElement(By.id("audit")).getText();
        assertThat(audit).contains("rita", "override", criterion, before, after, "The second sentence says it.");

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertThat(SCREENSHOT).isNotEmptyFile();
    }

    @Test
    void everyReviewerPageHasNoAccessibilityViolations() {
        userService.create("axel", "axel-password-1", Roles.ADMIN);
        String id = submitAnswer();
        browser.get(url("/login"));
        Accessibility.assertNoViolations(browser);

        signIn("axel", "axel-password-1");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> page.getCurrentUrl().endsWith("/ui"));
        java.util.List<String> violations = new java.util.ArrayList<>();
        for (String page : java.util.List.of("/ui", "/ui/evaluations/" + id, "/ui/questions",
                "/ui/questions/what-event-loop", "/ui/dashboard")) {
            browser.get(url(page));
            assertThat(headingOnceLoaded()).isNotBlank();
            try {
                Accessibility.assertNoViolations(browser);
            } catch (AssertionError pageViolations) {
                violations.add(pageViolations.getMessage());
            }
        }
        assertThat(violations).as("every page is scanned before the test fails").isEmpty();
    }

    @Test
    void aClientCannotOpenTheWebUi() {
        userService.create("carl", "carl-password-1", Roles.CLIENT);
        signIn("carl", "carl-password-1");
        // the sign-in posts and the browser follows the redirect: wait for the page it lands on
        assertThat(headingOnceLoaded()).isEqualTo("Forbidden");
        browser.get(url("/ui/dashboard"));
        assertThat(headingOnceLoaded()).isEqualTo("Forbidden");
        assertThat(browser.findElements(By.id("queue"))).isEmpty();
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginForm() {
        browser.get(url("/ui"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).isTrue();
    }
}
