package dev.viva.calibration.dataset;

import java.util.List;

/**
 * One human-graded answer of a labelled data set (format: shared/datasets/README.md), with the line it
 * came from. {@code questionId} is the data set's own id, or derived from the question text when absent.
 */
public record DatasetAnswer(int line, String questionId, String question, String referenceAnswer,
        List<String> referenceAnswers, String answer, double score, double maxScore, List<Double> graderScores) {

    public DatasetAnswer {
        referenceAnswers = referenceAnswers == null ? List.of() : List.copyOf(referenceAnswers);
        graderScores = graderScores == null ? List.of() : List.copyOf(graderScores);
    }

    /** Further wordings of a good answer beyond the first (SemEval has several). */
    public List<String> alternativeReferences() {
        return referenceAnswers.size() < 2 ? List.of() : referenceAnswers.subList(1, referenceAnswers.size());
    }
}
