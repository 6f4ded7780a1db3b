package dev.viva.review;

import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' queue: evaluations that need review first, then the newest; filtered by question,
 * candidate, flag, score range (the reviewed score where there is one) and date, and searched in the
 * answer and candidate.
 */
@ApplicationScoped
public class ReviewQueue {

    private final EvaluationRepository evaluations;

    public ReviewQueue(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    public record Filter(String questionId, String candidate, String flag, BigDecimal minScore, BigDecimal maxScore,
            String from, String to, String search, java.util.UUID screeningId) {

        public Filter(String questionId, String candidate, String flag, BigDecimal minScore, BigDecimal maxScore,
                String from, String to, String search) {
            this(questionId, candidate, flag, minScore, maxScore, from, to, search, null);
        }
    }

    public record Result(List<Evaluation> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Transactional
    public Result find(Filter f, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (present(f.questionId())) {
            where.add("question_id = :questionId");
            params.put("questionId", f.questionId().strip());
        }
        if (present(f.candidate())) {
            // a blind screening's candidate is found by alias only
            where.add("((NOT candidate_hidden AND candidate_ref = :candidate)"
                    + " OR (candidate_hidden AND candidate_alias = :candidate))");
            params.put("candidate", f.candidate().strip());
        }
        if (f.screeningId() != null) {
            where.add("screening_id = :screeningId");
            params.put("screeningId", f.screeningId());
        }
        if (present(f.flag())) {
            where.add("flags @> CAST(:flag AS jsonb)");
            params.put("flag", "[\"" + f.flag().strip().replaceAll("[^a-z_]", "") + "\"]");
        }
        if (f.minScore() != null) {
            where.add("COALESCE(reviewed_score, score) >= :minScore");
            params.put("minScore", f.minScore());
        }
        if (f.maxScore() != null) {
            where.add("COALESCE(reviewed_score, score) <= :maxScore");
            params.put("maxScore", f.maxScore());
        }
        if (present(f.from())) {
            where.add("created_at >= :from");
            params.put("from", day("from", f.from()).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (present(f.to())) {
            where.add("created_at < :to");
            params.put("to", day("to", f.to()).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (present(f.search())) {
            where.add("(answer ILIKE :search OR question_id ILIKE :search"
                    + " OR (NOT candidate_hidden AND candidate_ref ILIKE :search) OR candidate_alias ILIKE :search)");
            params.put("search", "%" + f.search().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        var em = evaluations.getEntityManager();
        Query select = em.createNativeQuery("SELECT * FROM {h-schema}evaluation" + condition
                + " ORDER BY CASE WHEN status = 'NEEDS_REVIEW' THEN 0 ELSE 1 END, created_at DESC, id", Evaluation.class);
        Query count = em.createNativeQuery("SELECT count(*) FROM {h-schema}evaluation" + condition);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Evaluation> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Result(items, page, size, total);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static LocalDate day(String name, String value) {
        return dev.viva.support.DateParameter.day(name, value);
    }
}
