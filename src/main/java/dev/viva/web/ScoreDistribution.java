package dev.viva.web;

import dev.viva.evaluation.EvaluationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores per question in ten buckets (the reviewed score where there is one), counting the gradings whose
 * evaluations retention or an erasure deleted (kept without the person).
 */
@ApplicationScoped
public class ScoreDistribution {

    private final EvaluationRepository evaluations;

    public ScoreDistribution(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Transactional
    public Map<String, long[]> perQuestion() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = evaluations.getEntityManager().createNativeQuery("SELECT question_id, "
                + "LEAST(FLOOR(COALESCE(reviewed_score, score) / 10), 9) AS bucket, count(*) FROM ("
                + "SELECT question_id, reviewed_score, score FROM {h-schema}evaluation WHERE score IS NOT NULL "
                + "UNION ALL SELECT question_id, reviewed_score, score FROM {h-schema}anonymous_grading "
                + "WHERE score IS NOT NULL) kept GROUP BY 1, 2").getResultList();
        Map<String, long[]> perQuestion = new TreeMap<>();
        for (Object[] row : rows) {
            long[] buckets = perQuestion.computeIfAbsent((String) row[0], q -> new long[10]);
            buckets[((Number) row[1]).intValue()] += ((Number) row[2]).longValue();
        }
        return perQuestion;
    }
}
