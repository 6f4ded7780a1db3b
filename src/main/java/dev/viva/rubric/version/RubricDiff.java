package dev.viva.rubric.version;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one rubric version to another, criterion by criterion (matched by id), in the
 * order of the newer version with removed criteria last.
 */
public record RubricDiff(String questionId, int from, int to, boolean notesChanged, List<CriterionChange> criteria) {

    public enum Change {
        added, removed, changed
    }

    /** One criterion that differs; {@code fields} lists each changed field with its old and new value. */
    public record CriterionChange(String criterionId, Change change, List<FieldChange> fields) {
    }

    public record FieldChange(String field, Object from, Object to) {
    }

    public static RubricDiff between(Rubric older, Rubric newer) {
        Map<String, Criterion> before = byId(older);
        Map<String, Criterion> after = byId(newer);
        List<CriterionChange> changes = new ArrayList<>();
        for (Criterion c : after.values()) {
            Criterion old = before.get(c.id());
            if (old == null) {
                changes.add(new CriterionChange(c.id(), Change.added, List.of()));
            } else if (!old.equals(c)) {
                changes.add(new CriterionChange(c.id(), Change.changed, fields(old, c)));
            }
        }
        before.keySet().stream().filter(id -> !after.containsKey(id))
                .forEach(id -> changes.add(new CriterionChange(id, Change.removed, List.of())));
        return new RubricDiff(newer.questionId(), older.version(), newer.version(),
                !Objects.equals(older.notes(), newer.notes()), changes);
    }

    private static List<FieldChange> fields(Criterion a, Criterion b) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "description", a.description(), b.description());
        compare(fields, "kind", a.kind(), b.kind());
        compare(fields, "weight", a.weight(), b.weight());
        compare(fields, "examples", a.examples(), b.examples());
        compare(fields, "hint", a.hint(), b.hint());
        return fields;
    }

    private static void compare(List<FieldChange> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(new FieldChange(name, a, b));
        }
    }

    private static Map<String, Criterion> byId(Rubric rubric) {
        Map<String, Criterion> map = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> map.put(c.id(), c));
        return map;
    }
}
