package dev.viva.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** The conflicts the last rubric file load found, by question id; what {@code GET /api/rubrics/conflicts} shows. */
@ApplicationScoped
public class RubricConflicts {

    private final Map<String, RubricConflict> byQuestion = new ConcurrentSkipListMap<>();

    void replaceAll(List<RubricConflict> conflicts) {
        byQuestion.clear();
        conflicts.forEach(c -> byQuestion.put(c.questionId(), c));
    }

    public List<RubricConflict> list() {
        return List.copyOf(byQuestion.values());
    }
}
