package dev.viva.review.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/agreement/live}: reviewers' overrides as human labels. Grouped by what produced the
 * machine verdicts (rubric version, prompt hash, model), so that a change of prompt files, model or
 * rubric shows as a separate group and a drift is visible; per question, per criterion and per week.
 */
public record LiveAgreementReport(String questionId, String from, String to, AgreementFigures overall,
        List<Group> groups) {

    /** Everything graded with one rubric version, prompt set and model. */
    public record Group(String questionId, int rubricVersion, String promptHash, String model, String grader,
            long evaluations, AgreementFigures figures, List<CriterionFigures> criteria, List<WeekFigures> weeks) {
    }

    public record CriterionFigures(String criterionId, AgreementFigures figures) {
    }

    /** A week of reviews (ISO week, starting Monday, by the time of review). */
    public record WeekFigures(String week, LocalDate weekStart, long evaluations, AgreementFigures figures) {
    }
}
