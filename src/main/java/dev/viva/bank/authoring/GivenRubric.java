package dev.viva.bank.authoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import java.util.List;

/**
 * A rubric given with a question, in the shape {@code PUT /api/questions/{id}/rubric} takes (the rubric
 * file's fields; version and status are ignored, as there) or as just its criteria array.
 */
public record GivenRubric(String questionId, Integer version, RubricStatus status, List<Criterion> criteria,
        String notes) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public GivenRubric(@JsonProperty("questionId") String questionId, @JsonProperty("version") Integer version,
            @JsonProperty("status") RubricStatus status, @JsonProperty("criteria") List<Criterion> criteria,
            @JsonProperty("notes") String notes) {
        this.questionId = questionId;
        this.version = version;
        this.status = status;
        this.criteria = criteria == null ? List.of() : criteria;
        this.notes = notes;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static GivenRubric ofCriteria(List<Criterion> criteria) {
        return new GivenRubric(null, null, null, criteria, null);
    }

    /** The draft to validate and store for question {@code id} (a questionId given must be that id). */
    Rubric forQuestion(String id) {
        String belongsTo = questionId == null || questionId.isBlank() ? id : questionId;
        return new Rubric(belongsTo, 1, RubricStatus.DRAFT, criteria, notes);
    }
}
