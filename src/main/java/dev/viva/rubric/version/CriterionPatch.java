package dev.viva.rubric.version;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import java.util.List;

/** Changes to one criterion: the fields given replace the criterion's; a new id adds a criterion. */
public record CriterionPatch(String description, CriterionKind kind, Double weight, List<String> examples,
        String hint) {

    Criterion applyTo(String id, Criterion current) {
        if (current == null) {
            return new Criterion(id, description, kind, weight == null ? 0 : weight, examples, hint);
        }
        return new Criterion(id, description != null ? description : current.description(),
                kind != null ? kind : current.kind(), weight != null ? weight : current.weight(),
                examples != null ? examples : current.examples(), hint != null ? hint : current.hint());
    }
}
