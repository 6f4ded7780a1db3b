package dev.viva.grading.offline;

import dev.viva.text.SentenceEmbedder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.Flag;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.GradingInput;
import dev.viva.grading.ScoreCalculator;
import dev.viva.grading.Verdict;
import dev.viva.rubric.model.Rubric;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the Quarkus test application so that the model (and its native tokenizer, which a JVM
 * can load into one class loader only) is loaded once and shared with the other tests.
 */
@QuarkusTest
class OfflineGraderTest {

    static final String CONCURRENCY = "If nodejs is single threaded than how it handles the concurrency?";
    static final String STREAMS = "Can you explain the concept of streams in Node.js and provide an example of their usage?";
    static final String PARALLEL = "Can you explain the difference between creating different processes and running "
            + "tasks in different threads in the context of JavaScript and Node.js? Additionally, which approach do "
            + "you think is more beneficial and why?";

    static final String STRONG_CONCURRENCY = "Node runs our JavaScript on one thread, but the event loop keeps "
            + "checking for completed events and runs their callbacks. I/O like reading a file or querying a "
            + "database is non-blocking, so the thread goes on with other requests while it waits. Under the hood "
            + "libuv hands the work to the operating system or its thread pool. When the work is done the callback "
            + "is queued, or the promise resolves and the code after await continues. A heavy computation would "
            + "block the loop, so CPU-intensive work should go to worker threads.";
    static final String PARTIAL_CONCURRENCY = "Node has an event loop that runs callbacks when events are done. "
            + "File and network operations are asynchronous and do not block the main thread.";
    static final String WRONG_CONCURRENCY = "Node creates a new operating system thread for every incoming request, "
            + "just like Apache does, and the threads run at the same time on all cores.";
    static final String OFF_TOPIC = "My favourite recipe is a tomato soup with fresh basil. You simmer the tomatoes "
            + "for an hour and season them with salt and pepper before serving.";

    @Inject
    SentenceEmbedder embedder;

    OfflineGrader grader;
    Rubric concurrency;

    @BeforeEach
    void gradeWithDefaultThresholds() {
        grader = new OfflineGrader(embedder, OfflineThresholds.defaults());
        concurrency = RubricFiles.load("nodejs-single-threaded-how-handles-concurrency");
    }

    GraderOutput grade(Rubric rubric, String question, String answer) {
        return grader.grade(new GradingInput(rubric.questionId(), question, null, rubric, answer));
    }

    double total(Rubric rubric, String question, String answer) {
        return ScoreCalculator.total(rubric, grade(rubric, question, answer).verdicts()).doubleValue();
    }

    @Test
    void ranksStrongAbovePartialAboveWrongAboveOffTopic() {
        double strong = total(concurrency, CONCURRENCY, STRONG_CONCURRENCY);
        double partial = total(concurrency, CONCURRENCY, PARTIAL_CONCURRENCY);
        double wrong = total(concurrency, CONCURRENCY, WRONG_CONCURRENCY);
        double offTopic = total(concurrency, CONCURRENCY, OFF_TOPIC);

        assertThat(strong).isGreaterThanOrEqualTo(70).isGreaterThan(partial + 20);
        assertThat(partial).isGreaterThan(wrong + 15);
        assertThat(wrong).isLessThanOrEqualTo(30).isGreaterThanOrEqualTo(offTopic);
        assertThat(offTopic).isZero();
    }

    @Test
    void gradesAnswerThatExplainsTheEventLoopAsMeetingThatCriterion() {
        GraderOutput out = grade(concurrency, CONCURRENCY, STRONG_CONCURRENCY);

        assertThat(out.verdicts()).filteredOn(v -> v.criterionId().equals("event-loop"))
                .singleElement().extracting(CriterionVerdict::verdict).isEqualTo(Verdict.MET);
    }

    @Test
    void ranksStreamsAnswersByHowMuchTheyCover() {
        Rubric streams = RubricFiles.load("streams");
        double strong = total(streams, STREAMS, "Streams let Node handle data piece by piece in chunks instead of "
                + "loading a whole file into memory. There are readable, writable, duplex and transform streams. "
                + "You pipe a readable stream into a writable one, and backpressure pauses the source when the "
                + "destination is slower. For example, fs.createReadStream can send a large video to the HTTP "
                + "response without buffering it.");
        double partial = total(streams, STREAMS, "Streams read data in small chunks so big files do not fill up "
                + "the memory.");
        double wrong = total(streams, STREAMS, "Streams are a kind of database table where Node stores the "
                + "users of the application.");

        assertThat(strong).isGreaterThan(partial + 20);
        assertThat(partial).isGreaterThan(wrong + 15);
    }

    @Test
    void ranksProcessesVersusThreadsAnswersByHowMuchTheyCover() {
        Rubric parallel = RubricFiles.load("task-running-pararlel");
        double strong = total(parallel, PARALLEL, "A child process is a separate process with its own memory and "
                + "its own V8, and it talks to the parent through IPC messages. Worker threads run inside the same "
                + "process, each with its own event loop; they exchange messages and can share memory with a "
                + "SharedArrayBuffer. I prefer worker threads for CPU-heavy JavaScript, because I/O is already "
                + "non-blocking on the event loop.");
        double partial = total(parallel, PARALLEL, "Child processes are separate programs with their own memory "
                + "that communicate with the parent through IPC.");
        double offTopic = total(parallel, PARALLEL, OFF_TOPIC);

        assertThat(strong).isGreaterThan(partial + 20);
        assertThat(partial).isGreaterThan(offTopic + 15);
    }

    @Test
    void givesABareListOfKeywordsALowScore() {
        String keywords = "event loop, libuv, callbacks, non-blocking, thread pool, worker threads, promises";

        assertThat(total(concurrency, CONCURRENCY, keywords)).isLessThanOrEqualTo(20);
        assertThat(grade(concurrency, CONCURRENCY, keywords).flags()).contains(Flag.LOW_CONFIDENCE);
    }

    @Test
    void givesAnAnswerThatOnlyRepeatsTheQuestionALowScore() {
        String echo = "Node.js is single threaded. So how does Node.js handle the concurrency if it is single threaded?";

        assertThat(total(concurrency, CONCURRENCY, echo)).isLessThanOrEqualTo(15);
    }

    @Test
    void doesNotRaiseTheScoreForPaddingOrRepetition() {
        String sentence = "The event loop keeps checking for finished events and runs their callbacks on the main thread.";
        String filler = " Node.js is a very popular technology that many companies use today."
                + " I have worked with it for several years and I really like it."
                + " It has a large community and a lot of packages on npm.";
        double alone = total(concurrency, CONCURRENCY, sentence);

        assertThat(total(concurrency, CONCURRENCY, filler + " " + sentence + filler)).isLessThanOrEqualTo(alone);
        assertThat(total(concurrency, CONCURRENCY, (sentence + " ").repeat(8))).isEqualTo(alone);
    }

    @Test
    void quotesEvidenceVerbatimFromTheAnswer() {
        GraderOutput out = grade(concurrency, CONCURRENCY, STRONG_CONCURRENCY);

        assertThat(out.verdicts()).flatExtracting(CriterionVerdict::evidence).isNotEmpty()
                .allSatisfy(quote -> assertThat(STRONG_CONCURRENCY).contains(quote));
    }

    @Test
    void flagsAnOffTopicAnswerAndMeetsNothing() {
        GraderOutput out = grade(concurrency, CONCURRENCY, OFF_TOPIC);

        assertThat(out.flags()).contains(Flag.OFF_TOPIC);
        assertThat(out.verdicts()).extracting(CriterionVerdict::verdict).containsOnly(Verdict.NOT_MET);
    }

    @Test
    void flagsATooShortAnswer() {
        assertThat(grade(concurrency, CONCURRENCY, "Event loop.").flags()).contains(Flag.TOO_SHORT);
        assertThat(grade(concurrency, CONCURRENCY, STRONG_CONCURRENCY).flags()).doesNotContain(Flag.TOO_SHORT);
    }

    @Test
    void deductsAMisconceptionStatedPlainlyButNotItsNegation() {
        Rubric parallel = RubricFiles.load("task-running-pararlel");
        String base = "Worker threads run inside the same process and exchange messages. ";

        GraderOutput stated = grade(parallel, PARALLEL, base + "Threads are better for I/O-bound tasks.");
        GraderOutput negated = grade(parallel, PARALLEL, base + "Threads are not better for I/O-bound tasks.");

        assertThat(verdict(stated, "threads-for-io")).isEqualTo(Verdict.MET);
        assertThat(verdict(negated, "threads-for-io")).isEqualTo(Verdict.NOT_MET);
        assertThat(negated.flags()).contains(Flag.LOW_CONFIDENCE);
    }

    @Test
    void givesHintsButNeverTheModelAnswerAsFeedback() {
        GraderOutput out = grade(concurrency, CONCURRENCY, PARTIAL_CONCURRENCY);

        assertThat(out.feedback().missing()).contains("What happens to everyone else during a long calculation?");
        assertThat(out.feedback().strengths()).isNotEmpty();
        assertThat(out.feedback().nextStep()).isNotBlank();
        assertThat(String.join(" ", out.feedback().missing()))
                .doesNotContain(concurrency.criterion("worker-threads-cpu").orElseThrow().description());
    }

    @Test
    void recordsTheModelAndTheThresholdsThatProducedTheResult() {
        GraderOutput out = grade(concurrency, CONCURRENCY, STRONG_CONCURRENCY);

        assertThat(out.model()).isEqualTo(SentenceEmbedder.DEFAULT_MODEL);
        assertThat(out.settings()).containsKeys("metThreshold", "partialThreshold", "offTopicThreshold");
        assertThat(out.usage()).isEqualTo(GraderOutput.Usage.NONE);
        assertThat(out.confidence()).isBetween(0.0, 1.0);
    }

    private static Verdict verdict(GraderOutput out, String criterionId) {
        return out.verdicts().stream().filter(v -> v.criterionId().equals(criterionId)).findFirst().orElseThrow()
                .verdict();
    }
}
