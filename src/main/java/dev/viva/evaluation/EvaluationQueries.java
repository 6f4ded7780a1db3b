package dev.viva.evaluation;

import dev.viva.support.DomainException;
import dev.viva.support.DateParameter;
import dev.viva.support.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Read side of evaluations: lookups and filtered, paged listings. */
@ApplicationScoped
public class EvaluationQueries {

    private final EvaluationRepository evaluations;

    public EvaluationQueries(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Transactional
    public Optional<Evaluation> find(UUID id) {
        return evaluations.findByIdOptional(id);
    }

    /** @param clientRef when not null, only the evaluations this caller submitted */
    @Transactional
    public Page<EvaluationView> list(Filter filter, String clientRef, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (clientRef != null) {
            where.add("clientRef = :clientRef");
            params.and("clientRef", clientRef);
        }
        if (filter.questionId() != null) {
            where.add("questionId = :questionId");
            params.and("questionId", filter.questionId());
        }
        if (filter.candidateRef() != null) {
            // a blind screening's candidate is found by the alias reviewers see, never by the hidden ref
            where.add("((candidateHidden = false and candidateRef = :candidateRef)"
                    + " or (candidateHidden = true and candidateAlias = :candidateRef))");
            params.and("candidateRef", filter.candidateRef());
        }
        if (filter.screeningId() != null) {
            where.add("screeningId = :screeningId");
            params.and("screeningId", filter.screeningId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", status(filter.status()));
        }
        if (filter.from() != null) {
            where.add("createdAt >= :from");
            params.and("from", DateParameter.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("createdAt < :to");
            params.and("to", DateParameter.to(filter.to()));
        }
        var query = where.isEmpty()
                ? evaluations.findAll(Sort.descending("createdAt"))
                : evaluations.find(String.join(" and ", where), Sort.descending("createdAt"), params);
        List<EvaluationView> items = query.page(page, size).list().stream().map(EvaluationView::of).toList();
        return new Page<>(items, page, size, query.count());
    }

    private static EvaluationStatus status(String value) {
        try {
            return EvaluationStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidInput("status must be one of graded, ungraded, needs_review (got '" + value + "').");
        }
    }

    public record Filter(String questionId, String candidateRef, String status, String from, String to,
            java.util.UUID screeningId) {

        public Filter(String questionId, String candidateRef, String status, String from, String to) {
            this(questionId, candidateRef, status, from, to, null);
        }
    }
}
