package dev.viva.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.grading.offline.OfflineGrader;
import dev.viva.grading.offline.OfflineThresholds;
import dev.viva.llm.ObedientModel;
import dev.viva.rubric.RubricFiles;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import dev.viva.text.SentenceEmbedder;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CPU that the injection defences add to one LLM grading, measured as process CPU time over
 * distinct human-written answers (each seen once, as in production), one at a time after a warm-up: the
 * offline grader's second opinion (grade, evidence check, relevance, weighing) and the relevance check
 * of the LLM's own quotes (quotes as the obedient model gives them). Process CPU, so the ONNX
 * runtime's own threads are counted.
 *
 * <pre>./mvnw -B -q test-compile && ./mvnw -q exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.viva.grading.SecondOpinionCostReport -Dexec.args="../shared/datasets/saf-dev.jsonl"</pre>
 */
public final class SecondOpinionCostReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SecondOpinionCostReport() {
    }

    private record Item(GradingInput input, String submitted, List<CriterionVerdict> llm) {
    }

    public static void main(String[] args) throws Exception {
        SentenceEmbedder embedder = SentenceEmbedder.allMiniLmL6V2();
        OfflineGrader offline = new OfflineGrader(embedder, OfflineThresholds.defaults());
        EvidenceRelevance relevance = new EvidenceRelevance(embedder, 0.15);
        AnswerGuard guard = new AnswerGuard();
        List<Rubric> rubrics = new ArrayList<>();
        for (Path file : RubricFiles.list(Path.of("rubrics/nodejs"))) {
            rubrics.add(RubricFiles.read(file));
        }
        // Every grading sees an answer it has not seen before, as in production: distinct dataset answers.
        List<String> answers = new ArrayList<>();
        for (String file : args.length > 0 ? args : new String[] {"../shared/datasets/saf-dev.jsonl"}) {
            for (String line : java.nio.file.Files.readAllLines(Path.of(file))) {
                if (!line.isBlank()) {
                    answers.add(JSON.readTree(line).path("answer").asText());
                }
            }
        }
        answers = answers.stream().distinct().toList();
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < answers.size(); k++) {
            Rubric rubric = rubrics.get(k % rubrics.size());
            String modelAnswer = String.join(" ", rubric.criteria().stream().map(Criterion::description).toList());
            String gradable = guard.inspect(answers.get(k)).gradable();
            GradingInput input = new GradingInput(rubric.questionId(), rubric.questionId().replace('-', ' '),
                    modelAnswer, rubric, gradable);
            items.add(new Item(input, answers.get(k), llmVerdicts(rubric, gradable)));
        }
        int warm = Math.min(300, items.size() / 5);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        items.subList(0, warm).forEach(i -> {
            secondOpinion(offline, relevance, i);
            relevance.check(i.input().rubric().criteria(), i.llm());
        });
        long secondOpinionNanos = 0;
        long relevanceNanos = 0;
        List<Item> measured = items.subList(warm, items.size());
        for (Item i : measured) {
            long t0 = os.getProcessCpuTime();
            secondOpinion(offline, relevance, i);
            long t1 = os.getProcessCpuTime();
            relevance.check(i.input().rubric().criteria(), i.llm());
            long t2 = os.getProcessCpuTime();
            secondOpinionNanos += t1 - t0;
            relevanceNanos += t2 - t1;
        }
        double secondOpinionMs = secondOpinionNanos / 1e6 / measured.size();
        double relevanceMs = relevanceNanos / 1e6 / measured.size();
        System.out.printf(Locale.ROOT, "%d distinct answers graded against the %d shipped rubrics in turn, model %s%n",
                measured.size(), rubrics.size(), embedder.name());
        System.out.printf(Locale.ROOT, "second opinion (offline grade + evidence check + relevance + weighing): %.2f ms CPU per grading%n",
                secondOpinionMs);
        System.out.printf(Locale.ROOT, "relevance check of the LLM's quotes, after it: %.2f ms CPU per grading%n", relevanceMs);
        System.out.printf(Locale.ROOT, "added by the injection defences on the LLM path: %.2f ms CPU per grading%n",
                secondOpinionMs + relevanceMs);
    }

    private static void secondOpinion(OfflineGrader offline, EvidenceRelevance relevance, Item i) {
        Rubric rubric = i.input().rubric();
        List<CriterionVerdict> second = relevance.check(rubric.criteria(), EvidenceVerifier.verify(i.submitted(),
                i.input().answer(), GradingPipeline.complete(rubric, offline.grade(i.input()).verdicts())).verdicts())
                .verdicts();
        SecondOpinion.weigh(rubric, i.llm(), second, 30, 30);
    }

    private static List<CriterionVerdict> llmVerdicts(Rubric rubric, String gradable) throws Exception {
        List<java.util.Map<String, Object>> criteria = rubric.criteria().stream().map(c -> java.util.Map.<String, Object>of(
                "id", c.id(), "kind", c.kind().name().toLowerCase(Locale.ROOT), "description", c.description(),
                "examples", c.examples())).toList();
        JsonNode reply = JSON.readTree(ObedientModel.gradingFor(JSON.valueToTree(criteria), gradable));
        List<CriterionVerdict> out = new ArrayList<>();
        for (JsonNode v : reply.path("criteria")) {
            List<String> evidence = new ArrayList<>();
            v.path("evidence").forEach(e -> evidence.add(e.asText()));
            out.add(new CriterionVerdict(v.path("criterionId").asText(),
                    Verdict.valueOf(v.path("verdict").asText().toUpperCase(Locale.ROOT)), evidence, ""));
        }
        return out;
    }
}
