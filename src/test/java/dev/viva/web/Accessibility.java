package dev.viva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/** An axe-core scan of the page the browser shows (WCAG 2.x A and AA rules and axe's best practices). */
final class Accessibility {

    private Accessibility() {
    }

    static void assertNoViolations(WebDriver browser) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.isErrored()).as("axe ran: %s", results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe checked rules on %s", browser.getCurrentUrl()).isNotEmpty();
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", browser.getCurrentUrl(),
                results.getViolations().stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .map(n -> "    " + n.getHtml() + " -- " + n.getFailureSummary()).collect(Collectors.joining("\n"));
    }

    /** Saved under target/screenshots/ for a person to look at; the assertions do not depend on it. */
    static void screenshot(ChromeDriver browser, String name) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target/screenshots", name + ".png");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.copy(browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(), file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
