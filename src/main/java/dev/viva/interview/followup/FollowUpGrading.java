package dev.viva.interview.followup;

import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.GraderKind;
import dev.viva.grading.GradingPipeline;
import dev.viva.grading.Verdict;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Grades the answer to a follow-up against the one criterion it asked about, through the whole grading
 * pipeline (guard, grader, evidence checks): a rubric of that criterion alone, as a required one.
 */
@ApplicationScoped
public class FollowUpGrading {

    private final GradingPipeline pipeline;

    public FollowUpGrading(GradingPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The verdict on the criterion, with its verified quotes. */
    public record Graded(Verdict verdict, List<String> evidence, String rationale) {
    }

    /** @throws dev.viva.grading.GradingFailedException when no trustworthy verdict could be had */
    public Graded grade(GraderKind grader, String questionId, String questionText, String modelAnswer, Rubric rubric,
            Criterion criterion, String answer) {
        Criterion alone = new Criterion(criterion.id(), criterion.description(), CriterionKind.REQUIRED,
                criterion.weight(), criterion.examples(), criterion.hint());
        Rubric one = new Rubric(rubric.questionId(), rubric.version(), rubric.status(), List.of(alone), rubric.notes());
        var outcome = pipeline.grade(grader, questionId, questionText, modelAnswer, one, answer);
        CriterionVerdict v = outcome.verdicts().stream().filter(c -> c.criterionId().equals(criterion.id())).findFirst()
                .orElse(new CriterionVerdict(criterion.id(), Verdict.NOT_MET, List.of(), "no verdict"));
        return new Graded(v.verdict(), v.evidence(), v.rationale());
    }
}
