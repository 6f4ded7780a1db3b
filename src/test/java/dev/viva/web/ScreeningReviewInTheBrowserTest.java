package dev.viva.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.question.Viewer;
import dev.viva.screening.decision.Decisions;
import dev.viva.security.Roles;
import dev.viva.security.UserRepository;
import dev.viva.security.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer works through a graded blind screening in a real browser: the list, the screening's
 * progress, the ranking sorted by its headers, a candidate's answers beside their verdicts, a decision
 * that reveals the reference. Every page passes axe-core.
 */
@QuarkusTest
class ScreeningReviewInTheBrowserTest {

    private static final String ANSWERS = """
            candidateRef,questionId,answer
            ats-1,what-event-loop,"The event loop lets Node.js run JavaScript on a single thread while I/O happens in the background.
            When an operation completes, its callback is queued and the loop runs it once the call stack is empty."
            ats-1,event-loop-action,"setTimeout with 0 runs in the timers phase after the current code; promises run first as microtasks."
            ats-2,what-event-loop,It is a loop.
            ats-2,event-loop-action,I do not know.
            ats-3,what-event-loop,"Callbacks wait in a queue and run when the stack is empty, on one thread."
            ats-3,event-loop-action,Timers run later than the current code.
            """;

    @TestHTTPResource("/")
    URL base;

    @Inject
    ScreeningFixtures fixtures;

    @Inject
    UserService userService;

    @Inject
    UserRepository users;

    @Inject
    Decisions decisions;

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
        QuarkusTransaction.requiringNew().run(() -> users.delete("username <> ?1", "admin"));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void signInAsReviewer() {
        userService.create("rita", "rita-password-1", Roles.REVIEWER);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("rita");
        browser.findElement(By.id("password")).sendKeys("rita-password-1");
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> page.getCurrentUrl().endsWith("/ui"));
    }

    private void waitFor(String urlPart) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> page.getCurrentUrl().contains(urlPart));
    }

    private List<String> column(int index) {
        return browser.findElements(By.cssSelector("#ranking tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    /** The cells' scores (a question's cell may add its status: "40 needs_review"). */
    private static List<BigDecimal> scores(List<String> cells) {
        return cells.stream().map(cell -> new BigDecimal(cell.split("\\s+")[0])).toList();
    }

    @Test
    void aReviewerFollowsTheListToTheRankingSortsItOpensACandidateBlindAndDecides() throws InterruptedException {
        UUID screening = fixtures.screening("Backend engineers, December");
        fixtures.upload(screening, ANSWERS);
        fixtures.graded(screening);
        signInAsReviewer();
        Accessibility.assertNoViolations(browser);

        browser.findElement(By.linkText("Screenings")).click();
        waitFor("/ui/screenings");
        WebElement link = browser.findElement(By.linkText("Backend engineers, December"));
        assertThat(browser.findElement(By.id("screenings")).getText()).contains("complete", "6 of 6 graded");
        Accessibility.assertNoViolations(browser);

        link.click();
        waitFor("/ui/screenings/" + screening);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("complete");
        WebElement progress = browser.findElement(By.id("progress"));
        assertThat(progress.getAttribute("value")).isEqualTo("6");
        assertThat(progress.getAttribute("max")).isEqualTo("6");
        assertThat(browser.findElement(By.id("progress-text")).getText()).isEqualTo("6 of 6 (100%)");
        assertThat(browser.findElements(By.cssSelector("meta[http-equiv='refresh']"))).isEmpty();
        assertThat(browser.findElement(By.id("review-queue")).getAttribute("href")).endsWith("/ui?screening=" + screening);
        // blind: aliases only, exactly as the ranking gives them
        assertThat(column(1)).hasSize(3).allMatch(name -> name.matches("Candidate [0-9]+"));
        assertThat(browser.getPageSource()).doesNotContain("ats-1", "ats-2", "ats-3");
        Accessibility.assertNoViolations(browser);

        browser.findElement(By.linkText("Score")).click();
        waitFor("sort=score&dir=desc");
        assertThat(browser.findElement(By.cssSelector("th[aria-sort]")).getText()).startsWith("Score");
        assertThat(browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(scores(column(2))).isSortedAccordingTo(Comparator.reverseOrder());
        browser.findElement(By.linkText("Score")).click();
        waitFor("sort=score&dir=asc");
        assertThat(browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(scores(column(2))).isSorted();
        browser.findElement(By.partialLinkText("Q1")).click();
        waitFor("sort=q1&dir=desc");
        assertThat(scores(column(3))).isSortedAccordingTo(Comparator.reverseOrder());
        browser.findElement(By.linkText("Candidate")).click();
        waitFor("sort=candidate&dir=asc");
        assertThat(column(1)).containsExactly("Candidate 1", "Candidate 2", "Candidate 3");
        Accessibility.assertNoViolations(browser);
        Accessibility.screenshot(browser, "screening-page");

        browser.findElement(By.linkText("Rank")).click();
        waitFor("sort=rank&dir=asc");
        String alias = column(1).getFirst();
        browser.findElement(By.linkText(alias)).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElement(By.tagName("h1")).getText().equals(alias));
        assertThat(browser.findElement(By.id("rank")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("answer-1")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("answer-2")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#verdicts-1 tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("evaluation-1")).getAttribute("href")).contains("/ui/evaluations/");
        Accessibility.assertNoViolations(browser);

        browser.findElement(By.id("reason")).sendKeys("Clear on the event loop and the timers phase.");
        browser.findElement(By.id("advance")).click();
        // the decision reveals the reference: the page comes back under it
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElement(By.id("decision")).getText().contains("advance"));
        String reference = browser.findElement(By.tagName("h1")).getText();
        assertThat(reference).matches("ats-[123]");
        assertThat(browser.getCurrentUrl()).endsWith("/candidates/" + reference);
        assertThat(browser.findElement(By.id("decision")).getText()).contains("advance", "rita");
        assertThat(browser.findElement(By.id("decisions")).getText()).contains("Clear on the event loop and the timers phase.");
        Accessibility.assertNoViolations(browser);
        Accessibility.screenshot(browser, "screening-candidate-page");

        assertThat(decisions.audit(screening, new Viewer("admin", true)))
                .anySatisfy(line -> {
                    assertThat(line.candidateRef()).isEqualTo(reference);
                    assertThat(line.decision()).isEqualTo("advance");
                    assertThat(line.actor()).isEqualTo("rita");
                });
    }

    @Test
    void theReviewQueueFiltersByAScreeningChosenFromTheList() throws InterruptedException {
        UUID screening = fixtures.screening("Frontend engineers");
        fixtures.upload(screening, ANSWERS);
        fixtures.graded(screening);
        signInAsReviewer();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("screening")))
                .selectByVisibleText("Frontend engineers");
        browser.findElement(By.cssSelector("form.filters button[type='submit']")).click();
        waitFor("screening=" + screening);
        assertThat(browser.findElements(By.cssSelector("#queue tbody tr"))).hasSize(6);
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("screening")))
                .getFirstSelectedOption().getText()).isEqualTo("Frontend engineers");
    }
}
