package dev.viva.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How often the answer guard raises a finding on real, honest student answers (the human-graded
 * datasets) and on the injection corpus. Every finding on a dataset answer is a false positive that
 * sends an honest answer to review; the examples are printed.
 *
 * <pre>./mvnw -B -q test-compile && ./mvnw -q exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.viva.grading.GuardFindingsReport -Dexec.args="../shared/datasets/*.jsonl"</pre>
 */
public final class GuardFindingsReport {

    private GuardFindingsReport() {
    }

    public static void main(String[] args) throws IOException {
        AnswerGuard guard = new AnswerGuard();
        ObjectMapper json = new ObjectMapper();
        for (String file : args) {
            List<String> lines = Files.readAllLines(Path.of(file));
            int flagged = 0;
            int shown = 0;
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                var guarded = guard.inspect(row.path("answer").asText());
                if (guarded.injectionSuspected()) {
                    flagged++;
                    if (shown++ < 5) {
                        System.out.printf("  %s: %s%n", row.path("question_id").asText(), guarded.findings());
                    }
                }
            }
            System.out.printf("%s: %d of %d honest answers flagged (%.2f%%)%n", Path.of(file).getFileName(), flagged,
                    lines.size(), 100.0 * flagged / Math.max(1, lines.size()));
        }
        List<InjectionCorpus.Case> corpus = InjectionCorpus.cases();
        long injected = corpus.stream().filter(c -> !c.attackClass().equals("rubric-echo"))
                .filter(c -> guard.inspect(c.injected()).injectionSuspected()).count();
        long addressing = corpus.stream().filter(c -> !c.attackClass().equals("rubric-echo")).count();
        long clean = corpus.stream().filter(c -> guard.inspect(c.clean()).injectionSuspected()).count();
        System.out.printf("injection corpus: %d of %d answers that address the grader flagged; %d of %d clean twins%n",
                injected, addressing, clean, corpus.size());
    }
}
