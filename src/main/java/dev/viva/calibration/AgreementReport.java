package dev.viva.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.GradingInput;
import dev.viva.grading.ScoreCalculator;
import dev.viva.grading.offline.OfflineGrader;
import dev.viva.grading.offline.OfflineThresholds;
import dev.viva.grading.offline.SentenceEmbedder;
import dev.viva.rubric.Rubric;
import dev.viva.rubric.offline.OfflineRubricBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * How closely the offline grader agrees with human graders on a data set of graded answers. Builds an
 * offline rubric per question from its reference answer, grades every answer, maps 0-100 linearly onto
 * the data set's scale (score / 100 * max_score) and prints Pearson, Spearman, MAE and RMSE for the
 * whole file and for its two halves (questions split alternately by sorted id: "tune" and "held-out").
 *
 * <pre>./mvnw -q exec:java -Dexec.mainClass=dev.viva.calibration.AgreementReport \
 *     -Dexec.args="../shared/datasets/mohler-dev.jsonl [--limit N] [--seed S] [--tune]"</pre>
 *
 * With {@code --tune} it searches the match thresholds and weights on the tune half only and reports
 * the best setting on the held-out half, so the figure printed for it is not fitted to it.
 */
public final class AgreementReport {

    private final OfflineRubricBuilder builder;
    private final SentenceEmbedder embedder;

    AgreementReport(SentenceEmbedder embedder) {
        this.embedder = embedder;
        this.builder = new OfflineRubricBuilder(embedder);
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: AgreementReport <dataset.jsonl> [--limit N] [--seed S] [--tune]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int limit = Integer.MAX_VALUE;
        long seed = 42;
        boolean tune = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--tune" -> tune = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<DatasetAnswer> rows = read(file, limit, seed);
        SentenceEmbedder embedder = SentenceEmbedder.allMiniLmL6V2();
        new AgreementReport(tune ? embedder.cachingEverything() : embedder).run(file, rows, tune);
        System.exit(0);
    }

    static List<DatasetAnswer> read(Path file, int limit, long seed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<DatasetAnswer> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(json.readValue(line, DatasetAnswer.class));
            }
        }
        if (rows.size() > limit) {
            Collections.shuffle(rows, new Random(seed));
            rows = new ArrayList<>(rows.subList(0, limit));
        }
        return rows;
    }

    void run(Path file, List<DatasetAnswer> rows, boolean tune) {
        List<String> ids = new ArrayList<>(new TreeSet<>(rows.stream().map(DatasetAnswer::questionId).toList()));
        Map<String, Boolean> tuneHalf = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            tuneHalf.put(ids.get(i), i % 2 == 0);
        }
        long start = System.nanoTime();
        Map<String, Rubric> rubrics = rubrics(rows);
        long built = System.nanoTime();
        OfflineThresholds defaults = OfflineThresholds.defaults();
        double[] predicted = grade(rows, rubrics, defaults);
        long graded = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: %d answers, %d questions, model %s%n", file.getFileName(), rows.size(),
                ids.size(), embedder.name());
        System.out.printf(Locale.ROOT, "rubrics: %.1f s; grading: %.1f answers/s%n", (built - start) / 1e9,
                rows.size() / ((graded - built) / 1e9));
        report("default settings", rows, predicted, tuneHalf);
        if (rows.stream().allMatch(r -> r.graderScores() != null && r.graderScores().size() == 2)) {
            double[] a = rows.stream().mapToDouble(r -> r.graderScores().get(0)).toArray();
            double[] b = rows.stream().mapToDouble(r -> r.graderScores().get(1)).toArray();
            System.out.printf(Locale.ROOT, "human-human ceiling (grader 1 vs grader 2): Pearson %.3f%n",
                    Agreement.pearson(a, b));
        }
        if (tune) {
            OfflineThresholds best = ThresholdSearch.best(defaults, s -> {
                double[] p = grade(rows, rubrics, s);
                return Agreement.pearson(select(p, rows, tuneHalf, true), select(gold(rows), rows, tuneHalf, true));
            });
            System.out.println("best on tune half: " + best.asSettings());
            report("tuned on the tune half", rows, grade(rows, rubrics, best), tuneHalf);
        }
    }

    private Map<String, Rubric> rubrics(List<DatasetAnswer> rows) {
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        for (DatasetAnswer r : rows) {
            rubrics.computeIfAbsent(r.questionId(), id -> {
                List<String> others = r.referenceAnswers() == null || r.referenceAnswers().size() < 2 ? List.of()
                        : r.referenceAnswers().subList(1, r.referenceAnswers().size());
                return builder.build(id, r.question(), r.referenceAnswer(), others);
            });
        }
        return rubrics;
    }

    private double[] grade(List<DatasetAnswer> rows, Map<String, Rubric> rubrics, OfflineThresholds settings) {
        OfflineGrader grader = new OfflineGrader(embedder, settings);
        double[] predicted = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            DatasetAnswer r = rows.get(i);
            Rubric rubric = rubrics.get(r.questionId());
            GraderOutput out = grader.grade(new GradingInput(r.questionId(), r.question(), r.referenceAnswer(),
                    rubric, r.answer()));
            predicted[i] = ScoreCalculator.total(rubric, out.verdicts()).doubleValue() / 100 * r.maxScore();
        }
        return predicted;
    }

    private static void report(String title, List<DatasetAnswer> rows, double[] predicted,
            Map<String, Boolean> tuneHalf) {
        double[] gold = gold(rows);
        System.out.println("-- " + title);
        System.out.println("   whole file : " + Agreement.of(predicted, gold));
        System.out.println("   tune half  : " + Agreement.of(select(predicted, rows, tuneHalf, true),
                select(gold, rows, tuneHalf, true)));
        System.out.println("   held-out   : " + Agreement.of(select(predicted, rows, tuneHalf, false),
                select(gold, rows, tuneHalf, false)));
    }

    private static double[] gold(List<DatasetAnswer> rows) {
        return rows.stream().mapToDouble(DatasetAnswer::score).toArray();
    }

    private static double[] select(double[] values, List<DatasetAnswer> rows, Map<String, Boolean> tuneHalf,
            boolean tune) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (tuneHalf.get(rows.get(i).questionId()) == tune) {
                out.add(values[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
