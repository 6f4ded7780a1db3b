package dev.viva.grading.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.viva.calibration.dataset.DatasetAnswer;
import dev.viva.calibration.dataset.DatasetParser;
import dev.viva.calibration.metrics.Agreement;
import dev.viva.calibration.metrics.Correlation;
import dev.viva.calibration.metrics.RiskCoverage;
import dev.viva.calibration.metrics.ScoreScale;
import dev.viva.grading.Flag;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.GradingInput;
import dev.viva.grading.ScoreCalculator;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.offline.OfflineRubricBuilder;
import dev.viva.text.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the offline grader's {@link CoverageModel} across the questions of the development files and reports
 * its agreement with the human graders on question-disjoint folds: for each fold, a model and its verdict
 * thresholds are fitted on the other folds' questions (of every file) and the fold's answers are graded by the
 * real {@link OfflineGrader} with it. Printed per file: each fold's Pearson, Spearman, QWK, MAE and RMSE, their
 * mean and spread, the human-human ceiling where there are two graders, and the risk-coverage table (at each
 * confidence threshold, the share accepted without review and the agreement on those alone). Then the model is
 * fitted on every answer and, with {@code --write}, written as the shipped model file.
 *
 * <pre>./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.viva.grading.offline.CoverageModelTraining \
 *     -Dexec.args="../shared/datasets/mohler-dev.jsonl ../shared/datasets/saf-dev.jsonl ../shared/datasets/semeval-dev.jsonl
 *     [--folds 5] [--seed 42] [--lambda 1.0] [--limit N] [--columns a,b,...] [--write src/main/resources/offline-grader/coverage-model-v2.json]"</pre>
 *
 * {@code --limit} samples at most N answers of each file (seeded); {@code --columns} names the features that are
 * fitted (the others keep weight 0), by default {@link CoverageFeatures#CRITERION_LEVEL}.
 */
public final class CoverageModelTraining {

    /** The default review threshold ({@code viva.grading.review-confidence-threshold}). */
    static final double DEFAULT_THRESHOLD = 0.6;

    static final double[] CONFIDENCE_STEPS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    /** One answer with its rubric, the human grade as a share of the maximum, and each criterion's features. */
    record Item(String file, String question, DatasetAnswer row, Rubric rubric, double gold, List<double[]> criteria,
            List<Boolean> withSentence, List<Double> weights) {
    }

    /** One graded answer of a held-out fold. */
    record Held(String file, int fold, DatasetAnswer row, double predicted, double confidence, Set<Flag> flags,
            double meanCoverage) {
    }

    private final SentenceEmbedder embedder;
    private final PrintStream out;
    private final double lambda;
    private List<String> columns = CoverageFeatures.CRITERION_LEVEL;

    CoverageModelTraining(SentenceEmbedder embedder, PrintStream out, double lambda) {
        this.embedder = embedder;
        this.out = out;
        this.lambda = lambda;
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        int folds = 5;
        long seed = 42;
        double lambda = 1.0;
        Integer limit = null;
        Path write = null;
        List<String> columns = CoverageFeatures.CRITERION_LEVEL;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--lambda" -> lambda = Double.parseDouble(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "--columns" -> columns = List.of(args[++i].split(","));
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: CoverageModelTraining <dataset.jsonl>... [--folds 5] [--seed 42] [--lambda 1.0]"
                    + " [--limit N] [--write model.json]");
            System.exit(2);
        }
        SentenceEmbedder embedder = SentenceEmbedder.load(SentenceEmbedder.DEFAULT_MODEL, 1).cachingEverything();
        if (!CoverageFeatures.NAMES.containsAll(columns)) {
            System.err.println("--columns: one of " + CoverageFeatures.NAMES);
            System.exit(2);
        }
        CoverageModelTraining training = new CoverageModelTraining(embedder, System.out, lambda);
        training.columns = columns;
        training.run(files, folds, seed, limit, write);
        System.exit(0);
    }

    void run(List<Path> files, int folds, long seed, Integer limit, Path write) throws IOException {
        long started = System.nanoTime();
        List<Item> items = items(files, limit, seed);
        out.printf(Locale.ROOT, "%d answers, %d questions, from %s; features measured in %.0f s%n", items.size(),
                items.stream().map(Item::question).distinct().count(), files.stream().map(Path::getFileName).toList(),
                (System.nanoTime() - started) / 1e9);
        Map<String, Set<String>> questionsByFile = new LinkedHashMap<>();
        items.forEach(i -> questionsByFile.computeIfAbsent(i.file(), f -> new LinkedHashSet<>()).add(i.question()));
        Map<String, Integer> foldOf = QuestionFolds.assign(questionsByFile, folds, seed);

        List<Held> held = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int fold = f;
            List<Item> train = items.stream().filter(i -> foldOf.get(i.question()) != fold).toList();
            CoverageModel model = fit(train, "fold-" + fold);
            OfflineGrader grader = new OfflineGrader(embedder, OfflineThresholds.defaults(), model);
            for (Item i : items) {
                if (foldOf.get(i.question()) == fold) {
                    GraderOutput output = grader.grade(input(i));
                    double total = ScoreCalculator.total(i.rubric(), output.verdicts()).doubleValue();
                    held.add(new Held(i.file(), fold, i.row(), total / 100 * i.row().maxScore(), output.confidence(),
                            output.flags(), meanCoverage(model, i)));
                }
            }
        }
        // the shipped default, which fits nothing, graded on the same folds for comparison
        OfflineGrader handTuned = new OfflineGrader(embedder, OfflineThresholds.defaults(), CoverageModel.shipped());
        List<Held> baseline = new ArrayList<>();
        for (Item i : items) {
            GraderOutput output = handTuned.grade(input(i));
            double total = ScoreCalculator.total(i.rubric(), output.verdicts()).doubleValue();
            baseline.add(new Held(i.file(), foldOf.get(i.question()), i.row(), total / 100 * i.row().maxScore(),
                    output.confidence(), output.flags(), meanCoverage(CoverageModel.shipped(), i)));
        }
        for (String file : questionsByFile.keySet()) {
            report(file + ", trained model", held.stream().filter(h -> h.file().equals(file)).toList(), folds);
            report(file + ", shipped " + CoverageModel.shipped().version(),
                    baseline.stream().filter(h -> h.file().equals(file)).toList(), folds);
        }
        CoverageModel model = fit(items, "coverage-v2-" + LocalDate.now());
        out.printf(Locale.ROOT, "%nmodel on every answer: %s%n", describe(model));
        if (write != null) {
            write(model, items, files, write);
            out.println("written to " + write);
        }
    }

    private List<Item> items(List<Path> files, Integer limit, long seed) throws IOException {
        OfflineRubricBuilder builder = new OfflineRubricBuilder(embedder);
        OfflineGrader grader = new OfflineGrader(embedder, OfflineThresholds.defaults());
        List<Item> items = new ArrayList<>();
        for (Path path : files) {
            String file = path.getFileName().toString();
            Map<String, Rubric> rubrics = new LinkedHashMap<>();
            for (DatasetAnswer r : DatasetParser.sample(DatasetParser.parse(Files.readAllBytes(path)), limit, seed)) {
                String question = file + "/" + r.questionId();
                Rubric rubric = rubrics.computeIfAbsent(question,
                        q -> builder.build(r.questionId(), r.question(), r.referenceAnswer(), r.alternativeReferences()));
                OfflineGrader.Analysis analysis = grader.analyse(new GradingInput(r.questionId(), r.question(),
                        r.referenceAnswer(), rubric, r.answer()));
                List<double[]> features = new ArrayList<>();
                List<Boolean> withSentence = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                for (int k = 0; k < rubric.criteria().size(); k++) {
                    Criterion c = rubric.criteria().get(k);
                    if (c.kind() == CriterionKind.REQUIRED) {
                        OfflineGrader.Match m = analysis.matches().get(k);
                        features.add(m.features().vector());
                        withSentence.add(m.best() >= 0 && !analysis.offTopic(OfflineThresholds.defaults().offTopicThreshold()));
                        weights.add(c.weight());
                    }
                }
                items.add(new Item(file, question, r, rubric, r.maxScore() == 0 ? 0 : r.score() / r.maxScore(),
                        features, withSentence, weights));
            }
        }
        return items;
    }

    /**
     * The model is linear and a criterion without a counted sentence covers nothing, so the mean coverage over a
     * rubric's criteria is linear in the criteria's summed features and the share of criteria with a sentence
     * (the intercept's column): fitted to the human grade, answers weighted so that every file counts the same.
     */
    CoverageModel fit(List<Item> train, String version) {
        int d = CoverageFeatures.NAMES.size();
        double[][] x = new double[train.size()][d + 1];
        double[] y = new double[train.size()];
        double[] w = new double[train.size()];
        Map<String, Long> perFile = new LinkedHashMap<>();
        train.forEach(i -> perFile.merge(i.file(), 1L, Long::sum));
        for (int n = 0; n < train.size(); n++) {
            Item i = train.get(n);
            double total = i.weights().stream().mapToDouble(Double::doubleValue).sum();
            for (int k = 0; k < i.criteria().size(); k++) {
                if (i.withSentence().get(k)) {
                    double share = i.weights().get(k) / total;
                    for (int j = 0; j < d; j++) {
                        x[n][j] += share * i.criteria().get(k)[j];
                    }
                    x[n][d] += share;
                }
            }
            y[n] = i.gold();
            w[n] = 1.0 / perFile.get(i.file());
        }
        // only the chosen columns are fitted; the others keep weight 0
        int[] fitted = columns.stream().mapToInt(CoverageFeatures.NAMES::indexOf).toArray();
        double[][] xs = new double[x.length][fitted.length + 1];
        for (int n = 0; n < x.length; n++) {
            for (int j = 0; j < fitted.length; j++) {
                xs[n][j] = x[n][fitted[j]];
            }
            xs[n][fitted.length] = x[n][d];
        }
        boolean[] penalised = new boolean[fitted.length + 1];
        java.util.Arrays.fill(penalised, 0, fitted.length, true);
        double[] solved = RidgeFit.fit(xs, y, w, lambda, penalised);
        double[] a = new double[d + 1];
        for (int j = 0; j < fitted.length; j++) {
            a[fitted[j]] = solved[j];
        }
        a[d] = solved[fitted.length];
        double[] zeros = new double[d];
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1);
        CoverageModel linear = new CoverageModel(version, CoverageFeatures.NAMES, zeros, ones,
                java.util.Arrays.copyOf(a, d), a[d], 0.5, 0.25, List.of());
        double[] best = thresholds(linear, train);
        return linear.withThresholds(best[0], best[1]);
    }

    /** The met and partial thresholds that maximise the mean over files of Pearson r between total and human grade. */
    private static double[] thresholds(CoverageModel model, List<Item> train) {
        List<double[]> coverages = train.stream().map(i -> coverages(model, i)).toList();
        double[] best = {0.5, 0.25};
        double bestR = -2;
        for (int m = 20; m <= 90; m += 2) {
            for (int p = 6; p <= m - 4; p += 2) {
                double met = m / 100.0;
                double partial = p / 100.0;
                double r = meanPearson(train, coverages, met, partial);
                if (r > bestR) {
                    bestR = r;
                    best = new double[] {met, partial};
                }
            }
        }
        return best;
    }

    private static double meanPearson(List<Item> train, List<double[]> coverages, double met, double partial) {
        Map<String, List<double[]>> byFile = new LinkedHashMap<>();
        for (int n = 0; n < train.size(); n++) {
            Item i = train.get(n);
            double got = 0;
            double total = 0;
            for (int k = 0; k < coverages.get(n).length; k++) {
                double c = coverages.get(n)[k];
                got += i.weights().get(k) * (c >= met ? 1 : c >= partial ? 0.5 : 0);
                total += i.weights().get(k);
            }
            byFile.computeIfAbsent(i.file(), f -> new ArrayList<>()).add(new double[] {total == 0 ? 0 : got / total, i.gold()});
        }
        double sum = 0;
        for (List<double[]> pairs : byFile.values()) {
            Double r = Correlation.pearson(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                    pairs.stream().mapToDouble(p -> p[1]).toArray());
            sum += r == null ? -1 : r;
        }
        return sum / byFile.size();
    }

    /** Each required criterion's coverage, as the grader computes it: nothing without a counted sentence. */
    private static double[] coverages(CoverageModel model, Item i) {
        double[] c = new double[i.criteria().size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = i.withSentence().get(k) ? model.coverage(CoverageFeatures.of(i.criteria().get(k))) : 0;
        }
        return c;
    }

    /** The rubric's mean coverage before verdicts: what the thresholds turn into a total. */
    private static double meanCoverage(CoverageModel model, Item i) {
        double[] c = coverages(model, i);
        double got = 0;
        double total = 0;
        for (int k = 0; k < c.length; k++) {
            got += i.weights().get(k) * c[k];
            total += i.weights().get(k);
        }
        return total == 0 ? 0 : got / total;
    }

    private static GradingInput input(Item i) {
        return new GradingInput(i.row().questionId(), i.row().question(), i.row().referenceAnswer(), i.rubric(),
                i.row().answer());
    }

    private void report(String file, List<Held> held, int folds) {
        out.printf(Locale.ROOT, "%n== %s, question-disjoint folds (the model never saw the fold's questions)%n", file);
        out.println(String.format(Locale.ROOT, "%-22s ", "") + Agreement.header());
        List<Agreement> perFold = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int fold = f;
            List<Held> in = held.stream().filter(h -> h.fold() == fold).toList();
            Agreement a = agreement(in);
            perFold.add(a);
            out.println(String.format(Locale.ROOT, "%-22s ", "fold " + f + " (" + in.stream()
                    .map(h -> h.row().questionId()).distinct().count() + " questions)") + a.row());
        }
        out.printf(Locale.ROOT, "%-22s r %s, rho %s, QWK %s, MAE %s, RMSE %s%n", "mean ± sd over folds",
                spread(perFold.stream().map(Agreement::pearson).toList()),
                spread(perFold.stream().map(Agreement::spearman).toList()),
                spread(perFold.stream().map(Agreement::qwk).toList()),
                spread(perFold.stream().map(Agreement::mae).toList()),
                spread(perFold.stream().map(Agreement::rmse).toList()));
        out.println(String.format(Locale.ROOT, "%-22s ", "all folds pooled") + agreement(held).row());
        out.printf(Locale.ROOT, "%-22s r %.3f (the mean coverage, before verdicts and thresholds)%n", "before verdicts",
                Correlation.pearson(held.stream().mapToDouble(Held::meanCoverage).toArray(),
                        held.stream().mapToDouble(h -> h.row().score() / h.row().maxScore()).toArray()));
        List<Held> twoGraders = held.stream().filter(h -> h.row().graderScores().size() >= 2).toList();
        if (!twoGraders.isEmpty()) {
            double[] first = twoGraders.stream().mapToDouble(h -> h.row().graderScores().get(0)).toArray();
            double[] second = twoGraders.stream().mapToDouble(h -> h.row().graderScores().get(1)).toArray();
            out.println(String.format(Locale.ROOT, "%-22s ", "human-human ceiling")
                    + Agreement.of(first, second, ScoreScale.of(second)).row());
        }
        out.printf(Locale.ROOT, "risk-coverage (accepted: no grader flag and confidence >= threshold; * the default)%n");
        Agreement all = agreement(held);
        out.printf(Locale.ROOT, "%-10s %9s %7s %7s   (all answers: r %s, MAE %s)%n", "threshold", "accepted", "r", "MAE",
                f(all.pearson()), f(all.mae()));
        List<RiskCoverage.Scored> scored = scored(held);
        for (RiskCoverage.Row row : RiskCoverage.table(scored, CONFIDENCE_STEPS)) {
            out.printf(Locale.ROOT, "%-10s %8.1f%% %7s %7s%n", String.format(Locale.ROOT, "%.1f", row.threshold())
                    + (row.threshold() == DEFAULT_THRESHOLD ? " *" : ""), 100 * row.accepted(),
                    f(row.agreement().pearson()), f(row.agreement().mae()));
        }
    }

    private static String f(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static Agreement agreement(List<Held> held) {
        return RiskCoverage.agreement(scored(held));
    }

    private static List<RiskCoverage.Scored> scored(List<Held> held) {
        return held.stream().map(h -> new RiskCoverage.Scored(h.predicted(), h.row().score(), h.row().maxScore(),
                h.confidence(), !h.flags().isEmpty())).toList();
    }

    private static String spread(List<Double> values) {
        double[] v = values.stream().filter(x -> x != null).mapToDouble(Double::doubleValue).toArray();
        if (v.length == 0) {
            return "-";
        }
        double mean = java.util.Arrays.stream(v).average().orElse(0);
        double sd = Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.length - 1));
        return String.format(Locale.ROOT, "%.3f ± %.3f", mean, sd);
    }

    private static String describe(CoverageModel m) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < m.weights().length; i++) {
            s.append(CoverageFeatures.NAMES.get(i)).append(' ').append(String.format(Locale.ROOT, "%+.3f", m.weights()[i])).append(", ");
        }
        return s + String.format(Locale.ROOT, "intercept %+.3f; met from %.2f, partial from %.2f", m.intercept(),
                m.metThreshold(), m.partialThreshold());
    }

    private void write(CoverageModel model, List<Item> items, List<Path> files, Path target) throws IOException {
        List<Map<String, Object>> trainedOn = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", name);
            entry.put("answers", items.stream().filter(i -> i.file().equals(name)).count());
            entry.put("questions", items.stream().filter(i -> i.file().equals(name)).map(Item::question).distinct().count());
            entry.put("licence", licence(name));
            trainedOn.add(entry);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", model.version());
        json.put("about", "Offline grader coverage model: weighted ridge regression (lambda " + lambda + ") over the"
                + " features " + columns + " (the others weigh 0), trained across questions by dev.viva.grading.offline.CoverageModelTraining on the"
                + " embedding model " + embedder.name() + "; see docs/grading.md");
        json.put("command", "./mvnw -q exec:java -Dexec.classpathScope=test"
                + " -Dexec.mainClass=dev.viva.grading.offline.CoverageModelTraining -Dexec.args=\""
                + String.join(" ", files.stream().map(Path::toString).toList()) + " --lambda " + lambda + " --columns " + String.join(",", columns) + " --write " + target + "\"");
        json.put("features", model.features());
        json.put("mean", model.mean());
        json.put("scale", model.scale());
        json.put("weights", round(model.weights()));
        json.put("intercept", Math.round(model.intercept() * 1e6) / 1e6);
        json.put("metThreshold", model.metThreshold());
        json.put("partialThreshold", model.partialThreshold());
        json.put("trainedOn", trainedOn);
        Files.writeString(target, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
    }

    private static double[] round(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.round(v[i] * 1e6) / 1e6;
        }
        return out;
    }

    private static String licence(String file) {
        if (file.startsWith("saf")) {
            return "MIT (SAF v2.0, Filighera et al., ACL 2022)";
        }
        if (file.startsWith("semeval")) {
            return "CC-BY-SA 3.0 (SemEval-2013 Task 7, Dzikovska et al.)";
        }
        if (file.startsWith("mohler")) {
            return "no licence stated; cite Mohler, Bunescu, Mihalcea (ACL 2011)";
        }
        return "unknown";
    }
}
