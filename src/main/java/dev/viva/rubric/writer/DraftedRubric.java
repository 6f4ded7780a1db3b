package dev.viva.rubric.writer;

import dev.viva.rubric.model.AuditFinding;
import dev.viva.rubric.model.Rubric;
import java.util.List;

/**
 * A rubric drafted from a model answer and validated, not stored yet.
 *
 * @param origin "llm" or "offline": which builder wrote it
 * @param author the model, or the offline builder
 * @param audit  what the LLM found wrong or outdated in the model answer (none offline)
 */
public record DraftedRubric(Rubric rubric, String origin, String author, List<AuditFinding> audit) {

    public DraftedRubric {
        audit = audit == null ? List.of() : List.copyOf(audit);
    }
}
