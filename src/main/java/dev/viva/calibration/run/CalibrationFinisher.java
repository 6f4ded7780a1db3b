package dev.viva.calibration.run;

import dev.viva.calibration.CalibrationAnalysis;
import dev.viva.calibration.GradedAnswer;
import dev.viva.calibration.mapping.FitSplit;
import dev.viva.calibration.mapping.ScoreMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ends a run: fits the mapping on the fitting split, stores every mapped score and the figures. */
@ApplicationScoped
public class CalibrationFinisher {

    private final CalibrationRunRepository runs;
    private final CalibrationItemRepository items;

    public CalibrationFinisher(CalibrationRunRepository runs, CalibrationItemRepository items) {
        this.runs = runs;
        this.items = items;
    }

    @Transactional
    public void complete(UUID runId, Map<String, Object> provenance) {
        CalibrationRun run = runs.findById(runId);
        List<CalibrationItem> graded = items.ofRun(runId).stream().filter(i -> i.vivaScore != null).toList();
        run.provenance = new java.util.LinkedHashMap<>(provenance);
        run.finishedAt = OffsetDateTime.now();
        run.etaSeconds = 0.0;
        if (graded.isEmpty()) {
            run.status = RunStatus.FAILED;
            run.error = "no answer could be graded (" + run.failedItems + " failed)";
            return;
        }
        List<GradedAnswer> answers = graded.stream().map(CalibrationFinisher::graded).toList();
        ScoreMapping mapping = ScoreMapping.parse(run.mapping);
        CalibrationAnalysis.Mapped mapped = CalibrationAnalysis.map(answers, mapping);
        for (int i = 0; i < graded.size(); i++) {
            graded.get(i).mappedScore = mapped.scores()[i];
        }
        run.results = CalibrationAnalysis.analyse(answers, mapping, mapped);
        run.status = RunStatus.COMPLETED;
    }

    @Transactional
    public void fail(UUID runId, String reason) {
        CalibrationRun run = runs.findById(runId);
        if (run != null) {
            run.status = RunStatus.FAILED;
            run.error = reason;
            run.finishedAt = OffsetDateTime.now();
        }
    }

    static GradedAnswer graded(CalibrationItem i) {
        return new GradedAnswer(i.datasetQuestionId, i.humanScore, i.maxScore, i.vivaScore, i.graderScores,
                "fit".equals(i.split) ? FitSplit.FIT : FitSplit.EVALUATION);
    }
}
