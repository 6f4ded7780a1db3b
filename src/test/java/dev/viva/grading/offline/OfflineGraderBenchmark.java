package dev.viva.grading.offline;

import dev.viva.text.SentenceEmbedder;
import dev.viva.text.Words;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.viva.grading.GradingInput;
import dev.viva.rubric.model.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput and latency of {@link OfflineGrader#grade} for interview-sized answers (80-200 words)
 * against a 6-criterion rubric, single-threaded, after a warm-up.
 *
 * <pre>./mvnw -q exec:java -Dexec.mainClass=dev.viva.grading.offline.OfflineGraderBenchmark [-Dexec.args=N]</pre>
 */
public final class OfflineGraderBenchmark {

    private static final String QUESTION = "If nodejs is single threaded than how it handles the concurrency?";
    private static final List<String> OPENINGS = List.of(
            "Node.js runs JavaScript on a single thread but still serves many clients at once.",
            "Node is single threaded for our code, yet it handles thousands of connections concurrently.",
            "Even with one JavaScript thread, Node manages concurrency well.");
    private static final List<String> BODIES = List.of(
            "The event loop keeps checking for completed events and runs the matching callbacks one after another. "
                    + "I/O such as reading files or calling a database is non-blocking, so the thread continues with "
                    + "other requests while the operation is in flight. Under the hood libuv hands the work to the "
                    + "operating system or to its thread pool. When the result is ready the callback is queued or the "
                    + "promise resolves and the async function continues after await.",
            "Every request registers callbacks and returns immediately instead of waiting. Libuv performs the "
                    + "actual reads and writes in the background with the kernel and a small pool of threads. "
                    + "Finished operations put their callbacks in a queue and the loop executes them in turn. "
                    + "Promises and async/await are just nicer syntax over the same mechanism.",
            "Because nothing waits on I/O, one thread can interleave a large number of tasks. That is "
                    + "concurrency rather than parallelism, since only one piece of JavaScript runs at a time. "
                    + "The loop goes through timers, pending callbacks, poll, check and close phases.");
    private static final List<String> ENDINGS = List.of(
            "A heavy computation would block the loop, so CPU-intensive work should go to worker threads.",
            "For CPU-bound jobs you can use the worker_threads module or a child process so the loop stays free.",
            "In practice this makes Node very efficient for I/O-heavy APIs but poor for long calculations "
                    + "unless they are moved to workers.");

    private OfflineGraderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Rubric rubric = loadRubric();
        SentenceEmbedder embedder = SentenceEmbedder.allMiniLmL6V2();
        OfflineGrader grader = new OfflineGrader(embedder, OfflineThresholds.defaults());
        List<String> answers = answers();
        for (int i = 0; i < 30; i++) {
            grader.grade(input(rubric, answers.get(i % answers.size()) + " (warm-up " + i + ")"));
        }
        long[] nanos = new long[runs];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int w = 0; w < concurrency; w++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < runs; i = next.getAndIncrement()) {
                        // A distinct suffix per run, so no answer sentence is ever served from a cache.
                        String answer = answers.get(i % answers.size()) + " Run " + i + ".";
                        long t0 = System.nanoTime();
                        grader.grade(input(rubric, answer));
                        nanos[i] = System.nanoTime() - t0;
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        double words = answers.stream().mapToInt(Words::count).average().orElse(0);
        System.out.printf(Locale.ROOT, "%d gradings, %d criteria, %.0f words per answer on average, model %s, "
                + "%d grading(s) at a time on %d cores%n", runs, rubric.criteria().size(), words, embedder.name(),
                concurrency, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "throughput %.1f answers/s; latency p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                runs / seconds, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, nanos[runs - 1] / 1e6);
        System.exit(0);
    }

    private static List<String> answers() {
        List<String> out = new java.util.ArrayList<>();
        for (String o : OPENINGS) {
            for (String b : BODIES) {
                for (String e : ENDINGS) {
                    out.add(o + " " + b + " " + e);
                }
            }
        }
        return out;
    }

    private static GradingInput input(Rubric rubric, String answer) {
        return new GradingInput(rubric.questionId(), QUESTION, null, rubric, answer);
    }

    private static Rubric loadRubric() throws IOException {
        try (InputStream in = OfflineGraderBenchmark.class.getResourceAsStream("/calibration/benchmark-rubric.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, Rubric.class);
        }
    }
}
