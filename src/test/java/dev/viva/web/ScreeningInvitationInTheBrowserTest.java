package dev.viva.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.evaluation.Evaluation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A candidate answers a screening through the invitation link in a real browser, without an account:
 * one question per page, drafts kept, a character counter, one submission; every page passes axe-core.
 */
@QuarkusTest
class ScreeningInvitationInTheBrowserTest {

    private static final String FIRST = "The event loop runs callbacks on one thread once the call stack is empty.";
    private static final String SECOND = "setTimeout(cb, 0) runs after the current script, in the timers phase.";

    @TestHTTPResource("/")
    URL base;

    @Inject
    ScreeningFixtures fixtures;

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

    private String headingAfterLoad(String expected) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .until(page -> {
                    String h1 = page.findElement(By.tagName("h1")).getText();
                    return h1.equals(expected) ? h1 : null;
                });
    }

    @Test
    void aCandidateAnswersEveryQuestionKeepsDraftsAcrossPagesSubmitsOnceAndTheAnswersAreTheScreeningsEvaluations() {
        UUID screening = fixtures.screening("Backend engineers, December");
        String token = fixtures.invite(screening, "ats-4711");

        browser.get(url("/take/" + token));
        assertThat(headingAfterLoad("Backend engineers, December")).isNotEmpty();
        assertThat(browser.findElement(By.id("question-count")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("expires")).getText()).contains("UTC");
        Accessibility.assertNoViolations(browser);

        browser.findElement(By.id("start")).click();
        headingAfterLoad("Question 1 of 2");
        assertThat(browser.findElement(By.cssSelector("label[for='answer']")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("counter")).getText()).startsWith("0 of ");
        browser.findElement(By.id("answer")).sendKeys(FIRST);
        // the counter script counts as the candidate types
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page ->
                page.findElement(By.id("counter-count")).getText().equals(Integer.toString(FIRST.length())));
        Accessibility.assertNoViolations(browser);
        Accessibility.screenshot(browser, "candidate-question");

        browser.findElement(By.id("next")).click();
        headingAfterLoad("Question 2 of 2");
        assertThat(browser.findElements(By.id("next"))).isEmpty();
        browser.findElement(By.id("answer")).sendKeys(SECOND);
        Accessibility.assertNoViolations(browser);

        browser.findElement(By.id("previous")).click();
        headingAfterLoad("Question 1 of 2");
        assertThat(browser.findElement(By.id("answer")).getAttribute("value")).isEqualTo(FIRST);
        assertThat(browser.findElement(By.id("counter-count")).getText()).isEqualTo(Integer.toString(FIRST.length()));

        browser.findElement(By.id("next")).click();
        headingAfterLoad("Question 2 of 2");
        assertThat(browser.findElement(By.id("answer")).getAttribute("value")).isEqualTo(SECOND);
        browser.findElement(By.id("review")).click();
        headingAfterLoad("Review and submit");
        assertThat(browser.findElement(By.id("state-1")).getText()).isEqualTo("answered");
        assertThat(browser.findElement(By.id("state-2")).getText()).isEqualTo("answered");
        Accessibility.assertNoViolations(browser);

        browser.findElement(By.id("submit")).click();
        headingAfterLoad("Thank you");
        assertThat(browser.getCurrentUrl()).endsWith("/take/submitted");
        Accessibility.assertNoViolations(browser);

        browser.get(url("/take/" + token));
        headingAfterLoad("Already submitted");
        assertThat(browser.findElement(By.id("reason")).getText()).contains("cannot be used again");
        Accessibility.assertNoViolations(browser);

        List<Evaluation> stored = fixtures.evaluationsOf(screening);
        assertThat(stored).extracting(e -> e.candidateRef).containsOnly("ats-4711");
        assertThat(stored).extracting(e -> e.questionId + ": " + e.answer)
                .containsExactlyInAnyOrder("what-event-loop: " + FIRST, "event-loop-action: " + SECOND);
    }

    @Test
    void aCandidateWhoTypesWithTheKeyboardOnlyReachesEveryButton() {
        UUID screening = fixtures.screening("Keyboard");
        browser.get(url("/take/" + fixtures.invite(screening, "ats-kbd") + "/1"));
        headingAfterLoad("Question 1 of 2");
        browser.findElement(By.id("answer")).sendKeys("An answer typed and then tabbed away from.");
        browser.findElement(By.id("answer")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("save");
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(NoSuchElementException.class)
                .until(page -> page.findElement(By.id("saved")).isDisplayed());
        assertThat(browser.findElement(By.id("answer")).getAttribute("value"))
                .isEqualTo("An answer typed and then tabbed away from.");
    }
}
