package dev.viva.grading.offline;

import java.util.List;

/**
 * What the offline grader measures about one criterion in one answer, the inputs of the {@link CoverageModel}.
 * Words that only repeat the question earn nothing in any of them (question demotion).
 *
 * @param sentence  cosine similarity of the answer's closest counted sentence to the criterion (or its examples),
 *                  less what that sentence owes to restating the question
 * @param words     share of the criterion's content stems that the answer's counted sentences use
 * @param answer    cosine similarity of the whole answer (its counted sentences) to the model answer
 * @param reference share of the model answer's content stems that the answer uses
 * @param precision share of the answer's own content stems that the model answer or the criterion uses
 * @param length    the answer's content stems over the model answer's, at most 3
 * @param statements share of the answer's sentences that count (statements that add to the question)
 * @param oneCriterion whether the rubric has a single required criterion: then the criterion is the whole model
 *                   answer, and what the answer as a whole does is evidence for it; with several, the answer-level
 *                   features would give every criterion the credit of the best one, so a model can use them for
 *                   one-criterion rubrics only (the {@code ...IfOne} entries of {@link #vector()})
 */
public record CoverageFeatures(double sentence, double words, double answer, double reference, double precision,
        double length, double statements, boolean oneCriterion) {

    /** The names, in the order of {@link #vector()}: the model file lists its weights in this order. */
    public static final List<String> NAMES = List.of("sentence", "words", "answer", "reference", "precision", "length",
            "statements", "answerIfOne", "referenceIfOne", "precisionIfOne", "lengthIfOne", "statementsIfOne",
            "oneCriterion");

    /** The features of the criterion itself, the answer-level ones only where the rubric has one criterion. */
    public static final List<String> CRITERION_LEVEL = List.of("sentence", "words", "answerIfOne", "referenceIfOne",
            "precisionIfOne", "lengthIfOne", "statementsIfOne", "oneCriterion");

    public double[] vector() {
        double one = oneCriterion ? 1 : 0;
        return new double[] {sentence, words, answer, reference, precision, length, statements, one * answer,
            one * reference, one * precision, one * length, one * statements, one};
    }

    /** The inverse of {@link #vector()}. */
    public static CoverageFeatures of(double[] v) {
        return new CoverageFeatures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[12] > 0.5);
    }
}
