package dev.viva.grading.offline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Grouped folds by question: every answer to a question is in the same fold, so a model is always measured
 * on questions it was not trained on. Each file's questions are shuffled (seeded) and dealt round the folds,
 * so every fold holds questions of every file.
 */
final class QuestionFolds {

    private QuestionFolds() {
    }

    /** The fold of each question key ("file/questionId"), 0..folds-1. */
    static Map<String, Integer> assign(Map<String, ? extends Iterable<String>> questionsByFile, int folds, long seed) {
        Map<String, Integer> fold = new HashMap<>();
        for (Map.Entry<String, ? extends Iterable<String>> file : questionsByFile.entrySet()) {
            List<String> questions = new ArrayList<>(new TreeSet<>(toList(file.getValue())));
            Collections.shuffle(questions, new Random(seed + file.getKey().hashCode()));
            for (int i = 0; i < questions.size(); i++) {
                fold.put(questions.get(i), i % folds);
            }
        }
        return fold;
    }

    private static List<String> toList(Iterable<String> it) {
        List<String> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }
}
