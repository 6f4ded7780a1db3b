package dev.viva.calibration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One human-graded answer of a short-answer data set (format: shared/datasets/README.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DatasetAnswer(String dataset, @JsonProperty("question_id") String questionId, String question,
        @JsonProperty("reference_answer") String referenceAnswer,
        @JsonProperty("reference_answers") List<String> referenceAnswers, String answer, double score,
        @JsonProperty("max_score") double maxScore, @JsonProperty("grader_scores") List<Double> graderScores) {
}
