package dev.viva.calibration.run;

import dev.viva.calibration.CalibrationConfig;
import dev.viva.grading.GraderKind;
import dev.viva.grading.GradingFailedException;
import dev.viva.grading.GradingPipeline;
import dev.viva.grading.GradingPipeline.GradingOutcome;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.writer.DraftSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs calibration runs in the background, one at a time (grading is CPU-bound; later runs wait as
 * queued). Grades every answer through {@link GradingPipeline} directly, so calibration answers never
 * become evaluations or enter the review queue, and stores graded answers and progress (done, rate,
 * ETA) every few seconds. A run found queued or running at start-up died with the service: it is
 * marked failed.
 */
@ApplicationScoped
public class CalibrationRunner {

    private static final Logger LOG = Logger.getLogger(CalibrationRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("calibration-run").daemon().unstarted(r));
    private final CalibrationRunRepository runs;
    private final CalibrationItemRepository items;
    private final QuestionRepository questions;
    private final CalibrationRubrics rubrics;
    private final GradingPipeline pipeline;
    private final CalibrationFinisher finisher;
    private final CalibrationConfig config;

    public CalibrationRunner(CalibrationRunRepository runs, CalibrationItemRepository items,
            QuestionRepository questions, CalibrationRubrics rubrics, GradingPipeline pipeline,
            CalibrationFinisher finisher, CalibrationConfig config) {
        this.runs = runs;
        this.items = items;
        this.questions = questions;
        this.rubrics = rubrics;
        this.pipeline = pipeline;
        this.finisher = finisher;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        markInterruptedRuns();
    }

    /** Marks runs left queued or running (by a service that stopped) failed; returns how many. */
    public int markInterruptedRuns() {
        int interrupted = QuarkusTransaction.requiringNew().call(() -> runs.update(
                "status = ?1, error = ?2, finishedAt = ?3 where status in ?4", RunStatus.FAILED,
                "interrupted: the service stopped before the run ended", OffsetDateTime.now(),
                List.of(RunStatus.QUEUED, RunStatus.RUNNING)));
        if (interrupted > 0) {
            LOG.warnf("%d calibration run(s) left unfinished by the last shutdown were marked failed", interrupted);
        }
        return interrupted;
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    public void submit(UUID runId) {
        executor.submit(() -> run(runId));
    }

    private void run(UUID runId) {
        try {
            CalibrationRun started = QuarkusTransaction.requiringNew().call(() -> {
                CalibrationRun run = runs.findById(runId);
                run.status = RunStatus.RUNNING;
                run.startedAt = OffsetDateTime.now();
                return run;
            });
            GraderKind grader = GraderKind.valueOf(started.grader.toUpperCase(Locale.ROOT));
            DraftSource builder = DraftSource.valueOf(started.rubricBuilder);
            List<CalibrationItem> todo = QuarkusTransaction.requiringNew().call(() -> items.ungraded(runId));
            Map<String, Question> questionsById = new HashMap<>();
            Map<String, RubricVersion> rubricsById = new LinkedHashMap<>();
            for (CalibrationItem item : todo) {
                if (!questionsById.containsKey(item.questionId)) {
                    Question q = QuarkusTransaction.requiringNew().call(() -> questions.findById(item.questionId));
                    questionsById.put(q.id, q);
                    rubricsById.put(q.id, rubrics.activeFor(q, builder));
                }
            }
            Map<String, Object> provenance = grade(runId, grader, todo, questionsById, rubricsById);
            provenance.put("rubricOrigin", builder == DraftSource.llm ? "LLM rubric writer (RubricWriter)"
                    : "offline builder (OfflineRubricBuilder), one required criterion per claim");
            Map<String, String> versions = new LinkedHashMap<>();
            rubricsById.forEach((q, v) -> versions.put(q, "v" + v.version + " " + v.contentHash));
            provenance.put("rubricVersions", versions);
            finisher.complete(runId, provenance);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Calibration run %s failed", runId);
            finisher.fail(runId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private Map<String, Object> grade(UUID runId, GraderKind grader, List<CalibrationItem> todo,
            Map<String, Question> questionsById, Map<String, RubricVersion> rubricsById) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        long started = System.nanoTime();
        long lastSave = started;
        int doneBefore = QuarkusTransaction.requiringNew().call(() -> runs.findById(runId).done);
        int graded = 0;
        List<CalibrationItem> pending = new ArrayList<>();
        for (CalibrationItem item : todo) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted: the service is stopping");
            }
            Question q = questionsById.get(item.questionId);
            RubricVersion rubric = rubricsById.get(item.questionId);
            try {
                GradingOutcome outcome = pipeline.grade(grader, q.id, q.text, q.modelAnswer, rubric.content,
                        item.answer);
                item.vivaScore = outcome.score().doubleValue();
                item.rubricVersionId = rubric.id;
                if (provenance.isEmpty()) {
                    provenance.put("grader", outcome.grader().name().toLowerCase(Locale.ROOT));
                    provenance.put("model", outcome.output().model());
                    provenance.put("settings", outcome.output().settings());
                    provenance.put("prompts", outcome.output().prompts());
                }
            } catch (GradingFailedException e) {
                item.error = e.getMessage();
            }
            pending.add(item);
            graded++;
            long now = System.nanoTime();
            if (now - lastSave >= config.progressEvery().toNanos()) {
                save(runId, pending, doneBefore + graded, graded / ((now - started) / 1e9));
                pending.clear();
                lastSave = now;
            }
        }
        save(runId, pending, doneBefore + graded,
                graded == 0 ? 0 : graded / Math.max(1e-9, (System.nanoTime() - started) / 1e9));
        return provenance;
    }

    private void save(UUID runId, List<CalibrationItem> graded, int done, double rate) {
        QuarkusTransaction.requiringNew().run(() -> {
            int failed = 0;
            for (CalibrationItem item : graded) {
                items.update("vivaScore = ?1, rubricVersionId = ?2, error = ?3 where id = ?4", item.vivaScore,
                        item.rubricVersionId, item.error, item.id);
                failed += item.error == null ? 0 : 1;
            }
            CalibrationRun run = runs.findById(runId);
            run.done = done;
            run.failedItems += failed;
            run.ratePerSecond = Math.round(rate * 100) / 100.0;
            run.etaSeconds = rate <= 0 ? null : Math.round((run.total - done) / rate * 10) / 10.0;
        });
    }
}
