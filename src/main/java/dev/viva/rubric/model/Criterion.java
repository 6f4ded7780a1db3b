package dev.viva.rubric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One checkable point of a rubric.
 *
 * @param id          unique within the rubric, kebab-case
 * @param description what an answer must state (or, for a penalty, the misconception it must not state)
 * @param kind        required, bonus or penalty
 * @param weight      positive; for a penalty, the points deducted when the misconception is present
 * @param examples    wording that meets the criterion (for a penalty: wording that shows the misconception)
 * @param hint        learner-facing nudge used in feedback, which must not give the answer away
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Criterion(String id, String description, CriterionKind kind, double weight, List<String> examples,
        String hint) {

    public Criterion {
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /**
     * A short name a learner may see: the id in words ("runtime-on-v8" is "Runtime on v8"). It names
     * the point without stating it, unlike the description.
     */
    public String title() {
        String words = id.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
