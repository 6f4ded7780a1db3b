package dev.viva.evaluation;

import dev.viva.problem.ProblemException;
import dev.viva.support.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

    @Transactional
    public Page<EvaluationView> list(Filter filter, int page, int size) {
        return list(filter, null, page, size);
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
            where.add("candidateRef = :candidateRef");
            params.and("candidateRef", filter.candidateRef());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", status(filter.status()));
        }
        if (filter.from() != null) {
            where.add("createdAt >= :from");
            params.and("from", instant("from", filter.from(), false));
        }
        if (filter.to() != null) {
            where.add("createdAt < :to");
            params.and("to", instant("to", filter.to(), true));
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
            throw ProblemException.badRequest("status must be one of graded, ungraded, needs_review (got '" + value + "').");
        }
    }

    /** An ISO date-time, or a date: from = its start, to = the end of that day. */
    private static OffsetDateTime instant(String name, String value, boolean endOfDay) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw ProblemException.badRequest(name + " must be an ISO date (2026-11-23) or date-time "
                        + "(2026-11-23T10:15:00Z); got '" + value + "'.");
            }
        }
    }

    public record Filter(String questionId, String candidateRef, String status, String from, String to) {
    }
}
