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
 */
public record CoverageFeatures(double sentence, double words, double answer, double reference, double precision,
        double length, double statements) {

    /** The names, in the order of {@link #vector()}: the model file lists its weights in this order. */
    public static final List<String> NAMES = List.of("sentence", "words", "answer", "reference", "precision", "length",
            "statements");

    public static final CoverageFeatures NONE = new CoverageFeatures(0, 0, 0, 0, 0, 0, 0);

    public double[] vector() {
        return new double[] {sentence, words, answer, reference, precision, length, statements};
    }
}
