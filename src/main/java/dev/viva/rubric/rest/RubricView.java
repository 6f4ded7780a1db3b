package dev.viva.rubric.rest;

import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.RubricStatus;

import java.util.List;

/** The active rubric of a question as the API shows it. */
public record RubricView(String questionId, int version, RubricStatus status, String contentHash, String origin,
        List<CriterionView> criteria) {

    public record CriterionView(String id, CriterionKind kind, double weight, String description,
            List<String> examples, String hint) {
    }

    static RubricView of(RubricVersion version) {
        List<CriterionView> criteria = version.content.criteria().stream()
                .map(c -> new CriterionView(c.id(), c.kind(), c.weight(), c.description(), c.examples(), c.hint()))
                .toList();
        return new RubricView(version.questionId, version.version, version.status, version.contentHash,
                version.origin, criteria);
    }
}
