package dev.viva.calibration;

import dev.viva.calibration.metrics.Agreement;
import java.util.List;
import java.util.Map;

/**
 * The figures of a calibration run. {@code overall} is always measured on answers the mapping was not
 * fitted on: the evaluation split when a mapping was fitted, every answer when none was
 * ({@code reportedOn} says which, {@code fittedOn} how many answers were used for fitting).
 *
 * @param humanCeiling the first human grader against the second on the same answers, where every
 *                     reported answer has two graders' scores; otherwise null
 * @param scaleStep    the step of the data set's scale used for kappa and exact/adjacent agreement
 * @param correlationOn "score", or "score / max_score" where questions have different maxima (pooled raw
 *                     scores would then correlate through the maxima alone)
 */
public record CalibrationResults(String mapping, Map<String, Object> mappingParameters, String reportedSplit,
        int fittedOn, int reportedOn, double scaleStep, String correlationOn, Agreement overall, Agreement humanCeiling,
        Map<String, Agreement> bySplit, List<QuestionAgreement> perQuestion) {

    /** One question's answers on Viva's side and the humans' (mapped scores, the data set's scale). */
    public record QuestionAgreement(String questionId, String split, int n, double meanHuman, double meanViva,
            Double pearson, Double mae) {
    }
}
