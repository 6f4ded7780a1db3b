package dev.viva.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.viva.text.Sentences;
import dev.viva.text.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the evidence-relevance threshold was chosen, and what it costs. On the shipped rubrics, each
 * criterion example stands for an honest quote (scored against the criterion's description and its
 * other examples, never itself); the same example scored against every criterion of the other
 * questions stands for a quote about something else. On the human-graded datasets, each sentence of
 * a full-marks answer is scored against its own question's reference answer and against the
 * reference answers of the other questions. It prints, for a range of thresholds, how many honest
 * quotes would be refused and how many off-subject ones would pass.
 *
 * <pre>./mvnw -B -q test-compile && ./mvnw -q exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.viva.grading.RelevanceThresholdReport -Dexec.args="rubrics/nodejs ../shared/datasets"</pre>
 */
public final class RelevanceThresholdReport {

    private static final double[] THRESHOLDS = {0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40};

    private RelevanceThresholdReport() {
    }

    public static void main(String[] args) throws IOException {
        SentenceEmbedder embedder = SentenceEmbedder.allMiniLmL6V2().cachingEverything();
        bank(embedder, Path.of(args[0]));
        if (args.length > 1) {
            for (String name : List.of("mohler-dev.jsonl", "saf-dev.jsonl")) {
                dataset(embedder, Path.of(args[1], name));
            }
        }
    }

    private record Crit(String question, String description, List<String> examples) {
        List<String> texts() {
            List<String> all = new ArrayList<>(List.of(description));
            all.addAll(examples);
            return all;
        }
    }

    private static void bank(SentenceEmbedder embedder, Path dir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Crit> criteria = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode root = yaml.readTree(f.toFile());
                for (JsonNode c : root.path("criteria")) {
                    List<String> examples = new ArrayList<>();
                    c.path("examples").forEach(e -> examples.add(e.asText()));
                    criteria.add(new Crit(root.path("questionId").asText(), c.path("description").asText(), examples));
                }
            }
        }
        List<Double> honest = new ArrayList<>();
        List<Double> otherQuestion = new ArrayList<>();
        List<Double> sameQuestionOtherCriterion = new ArrayList<>();
        for (Crit c : criteria) {
            for (int i = 0; i < c.examples().size(); i++) {
                String quote = c.examples().get(i);
                float[] q = embedder.embedCached(quote);
                List<String> rest = new ArrayList<>(c.texts());
                rest.remove(quote);
                honest.add(best(embedder, q, rest));
                for (Crit other : criteria) {
                    if (other == c) {
                        continue;
                    }
                    double s = best(embedder, q, other.texts());
                    (other.question().equals(c.question()) ? sameQuestionOtherCriterion : otherQuestion).add(s);
                }
            }
        }
        System.out.printf(Locale.ROOT, "shipped rubrics: %d criteria, %d example quotes%n", criteria.size(), honest.size());
        table(Map.of("honest quotes refused", honest),
                Map.of("other question's criterion passed", otherQuestion,
                        "same question, other criterion passed", sameQuestionOtherCriterion));
    }

    private static void dataset(SentenceEmbedder embedder, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> references = new LinkedHashMap<>();
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            String q = row.path("question_id").asText();
            references.putIfAbsent(q, row.path("reference_answer").asText());
            if (row.path("score").asDouble() >= row.path("max_score").asDouble()) {
                sentences.computeIfAbsent(q, k -> new ArrayList<>()).addAll(Sentences.split(row.path("answer").asText()));
            }
        }
        List<Double> honest = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        List<String> questions = new ArrayList<>(references.keySet());
        for (var e : sentences.entrySet()) {
            List<String> sample = e.getValue().stream().filter(s -> s.split("\\s+").length >= 4).limit(40).toList();
            for (String s : sample) {
                float[] v = embedder.embedCached(s);
                honest.add(SentenceEmbedder.cosine(v, embedder.embedCached(references.get(e.getKey()))));
                String otherQ = questions.get((questions.indexOf(e.getKey()) + 1 + s.length() % (questions.size() - 1))
                        % questions.size());
                other.add(SentenceEmbedder.cosine(v, embedder.embedCached(references.get(otherQ))));
            }
        }
        System.out.printf(Locale.ROOT, "%n%s: %d sentences of full-marks answers, %d questions%n",
                file.getFileName(), honest.size(), questions.size());
        table(Map.of("honest sentences refused", honest), Map.of("another question's reference passed", other));
    }

    private static void table(Map<String, List<Double>> lowIsBad, Map<String, List<Double>> highIsBad) {
        StringBuilder head = new StringBuilder("| threshold |");
        lowIsBad.keySet().forEach(k -> head.append(' ').append(k).append(" |"));
        highIsBad.keySet().forEach(k -> head.append(' ').append(k).append(" |"));
        System.out.println(head);
        for (double t : THRESHOLDS) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %.2f |", t));
            lowIsBad.values().forEach(v -> row.append(String.format(Locale.ROOT, " %.1f%% |", share(v, x -> x < t))));
            highIsBad.values().forEach(v -> row.append(String.format(Locale.ROOT, " %.1f%% |", share(v, x -> x >= t))));
            System.out.println(row);
        }
        lowIsBad.forEach((k, v) -> System.out.printf(Locale.ROOT, "%s: 1st percentile %.3f, 5th %.3f, median %.3f%n",
                k, pct(v, 1), pct(v, 5), pct(v, 50)));
    }

    private static double best(SentenceEmbedder embedder, float[] q, List<String> texts) {
        double best = -1;
        for (float[] v : embedder.embedAllCached(texts)) {
            best = Math.max(best, SentenceEmbedder.cosine(q, v));
        }
        return best;
    }

    private static double share(List<Double> values, java.util.function.DoublePredicate p) {
        return values.isEmpty() ? 0 : 100.0 * values.stream().filter(p::test).count() / values.size();
    }

    private static double pct(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p / 100.0 * sorted.length))];
    }
}
