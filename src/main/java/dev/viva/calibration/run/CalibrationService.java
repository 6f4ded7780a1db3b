package dev.viva.calibration.run;

import dev.viva.calibration.dataset.DatasetAnswer;
import dev.viva.calibration.dataset.DatasetParser;
import dev.viva.calibration.dataset.InvalidDatasetException;
import dev.viva.calibration.mapping.FitSplit;
import dev.viva.grading.GraderKind;
import dev.viva.grading.GraderSelector;
import dev.viva.support.DomainException;
import dev.viva.llm.LlmConfig;
import dev.viva.llm.LlmNotConfiguredException;
import dev.viva.question.BankConfig;
import dev.viva.rubric.writer.DraftSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts a calibration run: checks the whole upload and the options before anything is stored, then in
 * one transaction creates the data set's questions in their bank, the run and its answers, and hands
 * the run to {@link CalibrationRunner}.
 */
@ApplicationScoped
public class CalibrationService {

    private final GraderSelector graders;
    private final CalibrationBank bank;
    private final CalibrationRunRepository runs;
    private final CalibrationItemRepository items;
    private final CalibrationRunner runner;
    private final BankConfig bankConfig;
    private final LlmConfig llm;

    public CalibrationService(GraderSelector graders, CalibrationBank bank, CalibrationRunRepository runs,
            CalibrationItemRepository items, CalibrationRunner runner, BankConfig bankConfig, LlmConfig llm) {
        this.llm = llm;
        this.graders = graders;
        this.bank = bank;
        this.runs = runs;
        this.items = items;
        this.runner = runner;
        this.bankConfig = bankConfig;
    }

    public UUID start(byte[] content, RunOptions options) {
        List<DatasetAnswer> answers;
        try {
            answers = DatasetParser.parse(content);
        } catch (InvalidDatasetException e) {
            String where = e.errors().get(0).line() == 0 ? "" : " (first at line " + e.errors().get(0).line() + ")";
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid dataset", e.errors().size() + " problem(s) in the uploaded file"
                    + where + ": " + e.getMessage(), Map.of("errors", e.errors()));
        }
        GraderKind grader = graders.resolve(options.grader() == null ? GraderKind.OFFLINE : options.grader());
        if (options.rubrics() == DraftSource.llm && !llm.enabled()) {
            throw new LlmNotConfiguredException("Writing the rubrics of a calibration run with rubrics=llm");
        }
        if (options.bank().equals(bankConfig.name())) {
            throw DomainException.invalidInput("Calibration questions cannot go into the interview bank '"
                    + bankConfig.name() + "'; choose another bank name.");
        }
        List<DatasetAnswer> sample = DatasetParser.sample(answers, options.limit(), options.seed());
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> store(id, sample, options, grader));
        runner.submit(id);
        return id;
    }

    private void store(UUID id, List<DatasetAnswer> answers, RunOptions options, GraderKind grader) {
        Map<String, String> questionIds = bank.ensureQuestions(options.bank(),
                options.fileName() == null ? options.bank() : options.fileName(), answers);
        CalibrationRun run = new CalibrationRun();
        run.id = id;
        run.status = RunStatus.QUEUED;
        run.fileName = options.fileName();
        run.bank = options.bank();
        run.grader = grader.name().toLowerCase();
        run.rubricBuilder = options.rubrics().name();
        run.mapping = options.mapping().id();
        run.seed = options.seed();
        run.sampleLimit = options.limit();
        run.total = answers.size();
        run.createdAt = OffsetDateTime.now();
        runs.persist(run);
        List<CalibrationItem> batch = new ArrayList<>(answers.size());
        for (DatasetAnswer a : answers) {
            CalibrationItem item = new CalibrationItem();
            item.runId = id;
            item.line = a.line();
            item.questionId = questionIds.get(a.questionId());
            item.datasetQuestionId = a.questionId();
            item.answer = a.answer();
            item.humanScore = a.score();
            item.maxScore = a.maxScore();
            item.graderScores = new ArrayList<>(a.graderScores());
            item.split = FitSplit.of(a.questionId(), options.seed()).id();
            batch.add(item);
        }
        items.persist(batch);
    }
}
