package dev.viva.rubric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A rubric as it is written in a file under {@code rubrics/} and stored as a version: the same record
 * is the YAML schema, the JSON stored in the database and what a grader receives.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Rubric(String questionId, int version, RubricStatus status, List<Criterion> criteria, String notes) {

    public Rubric {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Criterion> ofKind(CriterionKind kind) {
        return criteria.stream().filter(c -> c.kind() == kind).toList();
    }
}
