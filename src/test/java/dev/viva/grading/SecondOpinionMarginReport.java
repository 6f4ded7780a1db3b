package dev.viva.grading;

import dev.viva.calibration.dataset.DatasetAnswer;
import dev.viva.calibration.dataset.DatasetParser;
import dev.viva.grading.offline.OfflineGrader;
import dev.viva.grading.offline.OfflineThresholds;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.offline.OfflineRubricBuilder;
import dev.viva.text.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the second opinion's margin costs an LLM that grades exactly as the human graders did. Each
 * human-graded answer is graded by the offline grader (rubric built offline from the reference
 * answer, as a calibration run does); the human grade stands in for a perfect LLM. For each margin it
 * prints the share of answers such an LLM would see lowered and sent to review (human above offline
 * by more than the margin), the points they would lose until a reviewer looks, and the share sent to
 * review because the LLM is far below (offline above human by 30 or more).
 *
 * <pre>./mvnw -B -q test-compile && ./mvnw -q exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.viva.grading.SecondOpinionMarginReport -Dexec.args="../shared/datasets/mohler-dev.jsonl ../shared/datasets/saf-dev.jsonl"</pre>
 */
public final class SecondOpinionMarginReport {

    private static final int[] MARGINS = {10, 15, 20, 25, 30, 40, 50};

    private SecondOpinionMarginReport() {
    }

    public static void main(String[] args) throws IOException {
        SentenceEmbedder embedder = SentenceEmbedder.allMiniLmL6V2();
        OfflineRubricBuilder builder = new OfflineRubricBuilder(embedder);
        OfflineGrader grader = new OfflineGrader(embedder, OfflineThresholds.defaults());
        for (String file : args) {
            List<DatasetAnswer> rows = DatasetParser.parse(Files.readAllBytes(Path.of(file)));
            Map<String, Rubric> rubrics = new HashMap<>();
            double[] gap = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                DatasetAnswer r = rows.get(i);
                Rubric rubric = rubrics.computeIfAbsent(r.questionId(),
                        id -> builder.build(id, r.question(), r.referenceAnswer(), r.alternativeReferences()));
                double offline = ScoreCalculator.total(rubric, grader.grade(new GradingInput(r.questionId(),
                        r.question(), r.referenceAnswer(), rubric, r.answer())).verdicts()).doubleValue();
                gap[i] = 100 * r.score() / r.maxScore() - offline;
            }
            System.out.printf(Locale.ROOT, "%n%s: %d answers%n", Path.of(file).getFileName(), rows.size());
            System.out.println("| margin | lowered and sent to review | mean points lost there | far below (>= 30) |");
            System.out.println("| --- | --- | --- | --- |");
            for (int m : MARGINS) {
                int lowered = 0;
                double lost = 0;
                int below = 0;
                for (double g : gap) {
                    if (g > m) {
                        lowered++;
                        lost += g;
                    }
                    if (-g >= 30) {
                        below++;
                    }
                }
                System.out.printf(Locale.ROOT, "| %d | %.1f%% | %.1f | %.1f%% |%n", m, 100.0 * lowered / gap.length,
                        lowered == 0 ? 0 : lost / lowered, 100.0 * below / gap.length);
            }
        }
    }
}
