package dev.viva.calibration;

import dev.viva.calibration.CalibrationResults.QuestionAgreement;
import dev.viva.calibration.mapping.FitSplit;
import dev.viva.calibration.mapping.FittedMapping;
import dev.viva.calibration.mapping.ScoreMapping;
import dev.viva.calibration.metrics.Agreement;
import dev.viva.calibration.metrics.Correlation;
import dev.viva.calibration.metrics.ScoreScale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Turns graded labelled answers into a run's figures: fits the mapping on the fitting split only, maps
 * every answer, and measures agreement on the answers not used for fitting. Shared by the API's runs
 * and the report command, so both print the same numbers for the same answers.
 */
public final class CalibrationAnalysis {

    private CalibrationAnalysis() {
    }

    /** The fitted map and every answer's mapped score, in the order of {@code answers}. */
    public record Mapped(FittedMapping mapping, double[] scores) {
    }

    public static Mapped map(List<GradedAnswer> answers, ScoreMapping mapping) {
        List<GradedAnswer> fit = mapping.fitted() ? answers.stream().filter(a -> a.split() == FitSplit.FIT).toList()
                : List.of();
        FittedMapping fitted = mapping.fit(fit.stream().mapToDouble(GradedAnswer::viva).toArray(),
                fit.stream().mapToDouble(a -> a.human() / a.maxScore()).toArray());
        double[] scores = answers.stream().mapToDouble(a -> fitted.map(a.viva(), a.maxScore())).toArray();
        return new Mapped(fitted, scores);
    }

    public static CalibrationResults analyse(List<GradedAnswer> answers, ScoreMapping mapping) {
        return analyse(answers, mapping, map(answers, mapping));
    }

    /** As {@link #analyse(List, ScoreMapping)}, with the scores already {@link #map mapped} by the caller. */
    public static CalibrationResults analyse(List<GradedAnswer> answers, ScoreMapping mapping, Mapped mapped) {
        ScoreScale scale = ScoreScale.of(answers.stream().mapToDouble(GradedAnswer::human).toArray());
        boolean byFraction = answers.stream().mapToDouble(GradedAnswer::maxScore).distinct().count() > 1;
        Predicate<GradedAnswer> reported = mapping.fitted() ? a -> a.split() == FitSplit.EVALUATION : a -> true;
        int fittedOn = mapping.fitted() ? (int) answers.stream().filter(a -> a.split() == FitSplit.FIT).count() : 0;

        Map<String, Agreement> bySplit = new LinkedHashMap<>();
        for (FitSplit split : FitSplit.values()) {
            bySplit.put(split.id(), agreement(answers, mapped.scores(), a -> a.split() == split, scale, byFraction));
        }
        bySplit.put("all", agreement(answers, mapped.scores(), a -> true, scale, byFraction));

        List<GradedAnswer> reportedAnswers = answers.stream().filter(reported).toList();
        Agreement ceiling = !reportedAnswers.isEmpty() && reportedAnswers.stream().allMatch(GradedAnswer::hasTwoGraders)
                ? Agreement.of(reportedAnswers.stream().mapToDouble(a -> a.graderScores().get(0)).toArray(),
                        reportedAnswers.stream().mapToDouble(a -> a.graderScores().get(1)).toArray(), scale,
                        byFraction ? reportedAnswers.stream().mapToDouble(GradedAnswer::maxScore).toArray() : null)
                : null;

        String reportedSplit = mapping.fitted() ? FitSplit.EVALUATION.id() : "all";
        return new CalibrationResults(mapping.id(), mapped.mapping().parameters(), reportedSplit, fittedOn,
                reportedAnswers.size(), scale.step(), byFraction ? "score / max_score" : "score",
                bySplit.get(reportedSplit), ceiling, bySplit, perQuestion(answers, mapped.scores()));
    }

    private static Agreement agreement(List<GradedAnswer> answers, double[] mapped, Predicate<GradedAnswer> which,
            ScoreScale scale, boolean byFraction) {
        List<Double> p = new ArrayList<>();
        List<Double> g = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (which.test(answers.get(i))) {
                p.add(mapped[i]);
                g.add(answers.get(i).human());
                max.add(answers.get(i).maxScore());
            }
        }
        return Agreement.of(p.stream().mapToDouble(Double::doubleValue).toArray(),
                g.stream().mapToDouble(Double::doubleValue).toArray(), scale,
                byFraction ? max.stream().mapToDouble(Double::doubleValue).toArray() : null);
    }

    private static List<QuestionAgreement> perQuestion(List<GradedAnswer> answers, double[] mapped) {
        Map<String, List<Integer>> byQuestion = new TreeMap<>();
        for (int i = 0; i < answers.size(); i++) {
            byQuestion.computeIfAbsent(answers.get(i).questionId(), q -> new ArrayList<>()).add(i);
        }
        List<QuestionAgreement> out = new ArrayList<>();
        byQuestion.forEach((question, idx) -> {
            double[] p = idx.stream().mapToDouble(i -> mapped[i]).toArray();
            double[] g = idx.stream().mapToDouble(i -> answers.get(i).human()).toArray();
            double mae = 0;
            for (int k = 0; k < p.length; k++) {
                mae += Math.abs(p[k] - g[k]);
            }
            out.add(new QuestionAgreement(question, answers.get(idx.get(0)).split().id(), idx.size(), round(mean(g)),
                    round(mean(p)), Correlation.pearson(p, g), round(mae / p.length)));
        });
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
