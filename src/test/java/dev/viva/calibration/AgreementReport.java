package dev.viva.calibration;

import dev.viva.calibration.dataset.DatasetAnswer;
import dev.viva.calibration.dataset.DatasetParser;
import dev.viva.calibration.dataset.InvalidDatasetException;
import dev.viva.calibration.mapping.FitSplit;
import dev.viva.calibration.mapping.ScoreMapping;
import dev.viva.calibration.metrics.Agreement;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.GradingInput;
import dev.viva.grading.ScoreCalculator;
import dev.viva.grading.offline.OfflineGrader;
import dev.viva.grading.offline.OfflineThresholds;
import dev.viva.text.SentenceEmbedder;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.offline.OfflineRubricBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calibration run from the terminal, without a database: builds an offline rubric per question from
 * its reference answer, grades every answer with the offline grader, and prints the metrics table of
 * {@link CalibrationAnalysis} (the same code as {@code POST /api/calibrations}) for each mapping: the
 * reported figures, each split, and the human-human ceiling where the data set has two graders.
 *
 * <pre>./mvnw -q exec:java -Dexec.mainClass=dev.viva.calibration.AgreementReport \
 *     -Dexec.args="../shared/datasets/mohler-dev.jsonl [--mapping none|linear|isotonic] [--limit N] [--seed S]"</pre>
 *
 * It grades with the shipped coverage model; {@code dev.viva.grading.offline.CoverageModelTraining} trains that
 * model and reports its agreement on question-disjoint folds.
 */
public final class AgreementReport {

    private final OfflineRubricBuilder builder;
    private final SentenceEmbedder embedder;
    private final PrintStream out;

    AgreementReport(SentenceEmbedder embedder, PrintStream out) {
        this.embedder = embedder;
        this.builder = new OfflineRubricBuilder(embedder);
        this.out = out;
    }

    record Options(Path file, List<ScoreMapping> mappings, Integer limit, long seed) {

        static Options parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("usage: AgreementReport <dataset.jsonl>"
                        + " [--mapping none|linear|isotonic] [--limit N] [--seed S]");
            }
            List<ScoreMapping> mappings = List.of(ScoreMapping.values());
            Integer limit = null;
            long seed = 42;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--mapping" -> mappings = List.of(ScoreMapping.parse(args[++i]));
                    case "--limit" -> limit = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(Path.of(args[0]), mappings, limit, seed);
        }
    }

    public static void main(String[] args) throws IOException {
        Options options;
        List<DatasetAnswer> rows;
        try {
            options = Options.parse(args);
            rows = DatasetParser.sample(DatasetParser.parse(Files.readAllBytes(options.file())), options.limit(),
                    options.seed());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        } catch (InvalidDatasetException e) {
            e.errors().forEach(err -> System.err.println("line " + err.line() + ": " + err.message()));
            System.exit(2);
            return;
        }
        SentenceEmbedder embedder = SentenceEmbedder.allMiniLmL6V2();
        new AgreementReport(embedder, System.out).run(options, rows);
        System.exit(0);
    }

    void run(Options options, List<DatasetAnswer> rows) {
        long start = System.nanoTime();
        Map<String, Rubric> rubrics = rubrics(rows);
        long built = System.nanoTime();
        List<GradedAnswer> graded = grade(rows, rubrics, OfflineThresholds.defaults(), options.seed());
        long done = System.nanoTime();
        out.printf(Locale.ROOT, "%s: %d answers, %d questions, offline grader, model %s, seed %d%n",
                options.file().getFileName(), rows.size(), rubrics.size(), embedder.name(), options.seed());
        out.printf(Locale.ROOT, "rubrics: %.1f s; grading: %.1f s (%.1f answers/s)%n", (built - start) / 1e9,
                (done - built) / 1e9, rows.size() / ((done - built) / 1e9));
        out.printf(Locale.ROOT, "rubrics: %.1f criteria per question (%d of %d with one); Viva gave %d distinct scores%n",
                rubrics.values().stream().mapToInt(r -> r.criteria().size()).average().orElse(0),
                rubrics.values().stream().filter(r -> r.criteria().size() == 1).count(), rubrics.size(),
                graded.stream().mapToDouble(GradedAnswer::viva).distinct().count());
        for (ScoreMapping mapping : options.mappings()) {
            print(CalibrationAnalysis.analyse(graded, mapping));
        }
    }

    private void print(CalibrationResults r) {
        out.printf(Locale.ROOT, "%n-- mapping %s; fitted on %d answers, reported on %d (%s); scale step %s;"
                + " correlations on %s%n", r.mapping(), r.fittedOn(), r.reportedOn(), r.reportedSplit(), r.scaleStep(),
                r.correlationOn());
        out.println(String.format(Locale.ROOT, "%-28s ", "") + Agreement.header());
        out.println(String.format(Locale.ROOT, "%-28s ", "REPORTED (" + r.reportedSplit() + ")") + r.overall().row());
        r.bySplit().forEach((split, a) -> out.println(String.format(Locale.ROOT, "%-28s ", "  split " + split) + a.row()));
        if (r.humanCeiling() != null) {
            out.println(String.format(Locale.ROOT, "%-28s ", "human-human (same answers)") + r.humanCeiling().row());
        }
    }

    private Map<String, Rubric> rubrics(List<DatasetAnswer> rows) {
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        for (DatasetAnswer r : rows) {
            rubrics.computeIfAbsent(r.questionId(),
                    id -> builder.build(id, r.question(), r.referenceAnswer(), r.alternativeReferences()));
        }
        return rubrics;
    }

    private List<GradedAnswer> grade(List<DatasetAnswer> rows, Map<String, Rubric> rubrics,
            OfflineThresholds settings, long seed) {
        OfflineGrader grader = new OfflineGrader(embedder, settings);
        List<GradedAnswer> graded = new ArrayList<>(rows.size());
        for (DatasetAnswer r : rows) {
            Rubric rubric = rubrics.get(r.questionId());
            GraderOutput output = grader.grade(new GradingInput(r.questionId(), r.question(), r.referenceAnswer(),
                    rubric, r.answer()));
            double viva = ScoreCalculator.total(rubric, output.verdicts()).doubleValue();
            graded.add(new GradedAnswer(r.questionId(), r.score(), r.maxScore(), viva, r.graderScores(),
                    FitSplit.of(r.questionId(), seed)));
        }
        return graded;
    }
}
