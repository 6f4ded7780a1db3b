package dev.viva.rubric.writer;

import dev.langchain4j.model.output.structured.Description;
import dev.viva.rubric.model.AuditFinding;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A rubric as the model returns it, before {@link dev.viva.rubric.RubricValidator} has checked it. */
public record LlmRubricDraft(List<LlmCriterion> criteria, String notes,
        @Description("claims of the reference answer that look wrong or outdated") List<LlmAuditFinding> audit) {

    public record LlmCriterion(@Description("unique, kebab-case") String id,
            @Description("one of: required, bonus, penalty") String kind, double weight, String description,
            List<String> examples, String hint) {
    }

    public record LlmAuditFinding(String claim, String reason) {
    }

    /** Problems that stop the reply from becoming a rubric at all (a kind the schema does not know). */
    List<String> shapeProblems() {
        List<String> problems = new ArrayList<>();
        if (criteria == null) {
            problems.add("criteria is missing");
            return problems;
        }
        for (int i = 0; i < criteria.size(); i++) {
            LlmCriterion c = criteria.get(i);
            if (c != null && c.kind() != null && kindOf(c.kind()) == null) {
                problems.add("criteria[" + i + "].kind must be required, bonus or penalty, was '" + c.kind() + "'");
            }
        }
        return problems;
    }

    Rubric toRubric(String questionId) {
        List<Criterion> converted = criteria == null ? List.of() : criteria.stream()
                .map(c -> c == null ? null : new Criterion(c.id(), c.description(), kindOf(c.kind()), c.weight(),
                        c.examples() == null ? List.of() : c.examples().stream().filter(e -> e != null).toList(),
                        c.hint()))
                .toList();
        return new Rubric(questionId, 1, RubricStatus.DRAFT, converted, notes);
    }

    List<AuditFinding> findings() {
        return audit == null ? List.of() : audit.stream().filter(f -> f != null && f.claim() != null)
                .map(f -> new AuditFinding(f.claim(), f.reason())).toList();
    }

    private static CriterionKind kindOf(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "required" -> CriterionKind.REQUIRED;
            case "bonus" -> CriterionKind.BONUS;
            case "penalty" -> CriterionKind.PENALTY;
            default -> null;
        };
    }
}
