package dev.viva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.viva.interview.InterviewFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner's mock interview in a real browser: sign up, sign in, start a timed interview on a topic, answer
 * (the character counter counts), get a follow-up and answer it, see the feedback, finish, read the report with
 * its charts and model answers (and its print style), and the progress page. Every page has no axe violation.
 */
@QuarkusTest
class InterviewInTheBrowserTest {

    static final Path SCREENSHOT = Path.of("target/screenshots/interview-report.png");
    private static final String WEAK = "They're used for file processing, network protocols and crypto, anywhere you have bytes.";
    private static final String FOLLOW_UP_ANSWER = "Buffer.from('Hello') gives you the bytes 48 65 6c 6c 6f, and"
            + " toString() turns it back into Hello.";

    @TestHTTPResource("/")
    URL base;

    @Inject
    InterviewFixtures fixtures;

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
        fixtures.removeAll();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private String headingOnceLoaded(String previous) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .until(page -> {
                    String h1 = page.findElement(By.tagName("h1")).getText();
                    return h1.equals(previous) ? null : h1;
                });
    }

    /** No accessibility violation on the page as it is now (axe-core's default rules, WCAG 2 A and AA). */
    private void noAxeViolations(String page) {
        List<Rule> violations = new AxeBuilder().analyze(browser).getViolations();
        assertThat(violations).as("axe violations on the %s page: %s", page, violations.stream()
                .map(v -> v.getId() + " (" + v.getNodes().size() + "): " + v.getHelp()).toList()).isEmpty();
    }

    @Test
    void aLearnerSignsUpAnswersAFollowUpAndReadsTheReportAndProgress() throws IOException {
        browser.get(url("/login"));
        browser.findElement(By.id("signup-link")).click();
        assertThat(headingOnceLoaded("Sign in")).isEqualTo("Create a learner account");
        noAxeViolations("sign-up");
        browser.findElement(By.id("username")).sendKeys("nora");
        browser.findElement(By.id("password")).sendKeys(InterviewFixtures.PASSWORD);
        browser.findElement(By.id("sign-up")).click();
        assertThat(headingOnceLoaded("Create a learner account")).isEqualTo("Sign in");

        browser.findElement(By.id("username")).sendKeys("nora");
        browser.findElement(By.id("password")).sendKeys(InterviewFixtures.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        assertThat(headingOnceLoaded("Sign in")).isEqualTo("Practise a mock interview");
        assertThat(browser.getCurrentUrl()).endsWith("/ui/interviews");
        noAxeViolations("start");

        new Select(browser.findElement(By.id("topic"))).selectByValue("Streams & buffers");
        browser.findElement(By.id("questionCount")).clear();
        browser.findElement(By.id("questionCount")).sendKeys("2");
        new Select(browser.findElement(By.id("timeLimit"))).selectByValue("300");
        browser.findElement(By.id("start")).click();
        assertThat(headingOnceLoaded("Practise a mock interview")).isEqualTo("Question 1 of 2");
        assertThat(browser.findElement(By.id("prompt")).getText()).isEqualTo("Buffers");
        assertThat(browser.findElement(By.id("time-left")).getText()).matches("[45] min \\d+ s");
        noAxeViolations("answer");

        browser.findElement(By.id("answer")).sendKeys(WEAK);
        assertThat(browser.findElement(By.id("char-count")).getText()).isEqualTo(WEAK.length() + " of 20000 characters");
        browser.findElement(By.id("submit-answer")).click();
        assertThat(headingOnceLoaded("Question 1 of 2")).isEqualTo("Follow-up on question 1 of 2");
        assertThat(browser.findElement(By.id("prompt")).getText())
                .isEqualTo("Let us come back to one point of your answer. How do you go from a string to bytes and back?");
        assertThat(browser.findElement(By.id("feedback")).getText()).contains("Feedback on your last answer", "Buffers");
        noAxeViolations("follow-up");

        browser.findElement(By.id("answer")).sendKeys(FOLLOW_UP_ANSWER);
        browser.findElement(By.id("submit-answer")).click();
        assertThat(headingOnceLoaded("Follow-up on question 1 of 2")).isEqualTo("Question 2 of 2");
        assertThat(browser.findElement(By.id("follow-up-outcome")).getText()).contains("covered the point");
        noAxeViolations("answer after a follow-up");

        browser.findElement(By.id("finish")).click();
        assertThat(headingOnceLoaded("Question 2 of 2")).isEqualTo("Interview report");
        assertThat(browser.findElement(By.id("overall-score")).getText()).matches("[0-9.]+");
        assertThat(browser.findElements(By.cssSelector("#question-chart rect.bar"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#topic-chart rect.bar"))).hasSize(1);
        assertThat(browser.findElement(By.id("question-1")).getText()).contains("Model answer", "met after the follow-up");
        noAxeViolations("report");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.tagName("header")).isDisplayed()).as("no navigation on paper").isFalse();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        browser.get(url("/ui/progress"));
        assertThat(headingOnceLoaded("Interview report")).isEqualTo("Your progress");
        assertThat(browser.findElements(By.cssSelector("#trends figure"))).hasSize(1);
        assertThat(browser.findElement(By.id("trends")).getText()).contains("Streams & buffers");
        noAxeViolations("progress");
    }

    @Test
    void textFromTheRequestIsShownAsTextNeverAsMarkup() {
        fixtures.learner("nora");
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("nora");
        browser.findElement(By.id("password")).sendKeys(InterviewFixtures.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        headingOnceLoaded("Sign in");
        browser.get(url("/ui/interviews?error=%3Cb%3Ebold%3C%2Fb%3E%3Cscript%3Edocument.title%3D'pwned'%3C%2Fscript%3E"));
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("<b>bold</b><script>document.title='pwned'</script>");
        assertThat(browser.findElements(By.cssSelector("#error b, #error script"))).isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("pwned");
    }
}
