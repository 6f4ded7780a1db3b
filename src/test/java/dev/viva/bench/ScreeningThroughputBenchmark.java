package dev.viva.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.viva.instances.ScreeningApi;
import dev.viva.instances.ScreeningGradingCounts;
import dev.viva.instances.VivaProcess;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screenings on the job engine, the packaged service as processes on this machine's PostgreSQL:
 * <ol>
 *   <li>offline: a 1 000-candidate × 3-question screening (3 000 answers), graded by one instance, then
 *       by two on one database: answers graded per minute from the upload's answer to the last grading;</li>
 *   <li>LLM: the model played by a stub that answers after 2 s, viva.screening.max-llm-in-flight 100
 *       (bound: 100 / 2 s = 50 answers a second): throughput as a fraction of the bound.</li>
 * </ol>
 * Run after packaging (docs/benchmarks.md):
 * {@code ./mvnw -B package -DskipTests && ./mvnw -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.viva.bench.ScreeningThroughputBenchmark [-Dexec.args="1000 3 1500"]}
 */
public final class ScreeningThroughputBenchmark {

    private static final String SCHEMA = "viva_bench_screening";
    private static final List<String> QUESTIONS = List.of("what-event-loop", "promises", "streams", "buffers");

    public static void main(String[] args) throws Exception {
        int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int llmAnswers = args.length > 2 ? Integer.parseInt(args[2]) : 1500;
        List<String> ids = QUESTIONS.subList(0, questions);
        System.out.printf("Screening benchmark on %d cores: %d candidates x %d questions offline; %d answers on the"
                + " 2 s stub LLM%n", Runtime.getRuntime().availableProcessors(), candidates, questions, llmAnswers);

        double one = offline(1, candidates, ids);
        double two = offline(2, candidates, ids);
        System.out.printf("offline, 1 instance : %8.0f answers/min%n", one);
        System.out.printf("offline, 2 instances: %8.0f answers/min (x%.2f)%n", two, two / one);

        double perSecond = llm(llmAnswers);
        System.out.printf("stub LLM at 2 s, 100 in flight: %.1f answers/s = %.0f%% of the bound (50/s)%n",
                perSecond, perSecond / 50 * 100);
    }

    /** Answers graded per minute by {@code instances} instances sharing one database. */
    static double offline(int instances, int candidates, List<String> questions) throws Exception {
        VivaProcess.freshSchema(SCHEMA);
        Map<String, String> settings = VivaProcess.quickRecovery();
        List<VivaProcess> running = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                running.add(VivaProcess.start("bench-" + i, SCHEMA, settings));
            }
            return run(running.getFirst(), "offline", ScreeningApi.answers(candidates, questions),
                    candidates * questions.size(), instances + " instance(s)") * 60;
        } finally {
            for (VivaProcess p : running) {
                p.close();
            }
        }
    }

    /** Answers a second with the model answering after 2 s and 100 calls in flight. */
    static double llm(int answers) throws Exception {
        WireMockServer stub = new WireMockServer(options().dynamicPort().containerThreads(400)
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(200));
        stub.start();
        try (InputStream in = ScreeningThroughputBenchmark.class.getResourceAsStream("/evaluation/llm-what-event-loop.json")) {
            stub.stubFor(post(urlEqualTo("/v1/chat/completions"))
                    .willReturn(okJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)).withFixedDelay(2000)));
        }
        VivaProcess.freshSchema(SCHEMA);
        Map<String, String> settings = new LinkedHashMap<>(VivaProcess.quickRecovery());
        settings.put("viva.llm.enabled", "true");
        settings.put("quarkus.langchain4j.openai.base-url", stub.baseUrl() + "/v1/");
        settings.put("quarkus.langchain4j.openai.api-key", "bench");
        settings.put("viva.llm.timeout", "30s");
        settings.put("viva.screening.max-llm-in-flight", "100");
        settings.put("viva.jobs.workers", "128");
        settings.put("viva.screening.grading-lease", "2m");
        int candidates = answers;
        try (VivaProcess viva = VivaProcess.start("bench-llm", SCHEMA, settings)) {
            return run(viva, "llm", ScreeningApi.answers(candidates, List.of("what-event-loop")), answers, "LLM");
        } finally {
            stub.stop();
        }
    }

    /** Uploads, waits for the last grading, and returns answers a second over that time. */
    private static double run(VivaProcess viva, String grader, String csv, int answers, String label) throws Exception {
        String screening = ScreeningApi.create(viva, grader, grader.equals("llm")
                ? List.of("what-event-loop") : QUESTIONS.subList(0, (int) csv.lines().skip(1).limit(10)
                        .map(l -> l.split(",")[1]).distinct().count()));
        long start = System.nanoTime();
        ScreeningApi.upload(viva, screening, csv);
        JsonNode done = ScreeningApi.await(viva, screening, ScreeningApi::complete, Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %-14s %d answers in %.1f s; %s; %s%n", label, answers, seconds, done.get("progress"),
                ScreeningGradingCounts.of(SCHEMA, screening));
        return answers / seconds;
    }
}
