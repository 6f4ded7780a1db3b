package dev.viva.interview;

import dev.viva.evaluation.CriterionResult;
import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationQueries;
import dev.viva.evaluation.EvaluationStatus;
import dev.viva.evaluation.GradingContext;
import dev.viva.evaluation.GradingContexts;
import dev.viva.evaluation.LearnerFeedback;
import dev.viva.evaluation.LearnerFeedbackViews;
import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.ScoreCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one interview question: its evaluation (with reviewers' overrides where there are any), the
 * learner-safe feedback, and the score in code ({@link ScoreCalculator}), where a point met only after its
 * follow-up earns the interview's followUpCredit share of its weight.
 */
@ApplicationScoped
public class QuestionResults {

    private final EvaluationQueries evaluations;
    private final GradingContexts contexts;
    private final LearnerFeedbackViews feedback;

    public QuestionResults(EvaluationQueries evaluations, GradingContexts contexts, LearnerFeedbackViews feedback) {
        this.evaluations = evaluations;
        this.contexts = contexts;
        this.feedback = feedback;
    }

    /**
     * @param score 0 for a question not answered, null while its answer is not graded
     */
    public record Result(InterviewQuestion question, Evaluation evaluation, GradingContext context,
            LearnerFeedback feedback, List<CriterionResult> criteria, BigDecimal score) {

        boolean answered() {
            return evaluation != null;
        }
    }

    public Result of(Interview interview, InterviewQuestion q) {
        Evaluation e = q.evaluationId == null ? null : evaluations.find(q.evaluationId).orElse(null);
        if (e == null) {
            return new Result(q, null, null, null, List.of(), q.answered() ? null : BigDecimal.ZERO.setScale(2));
        }
        GradingContext context = contexts.of(e.questionId, e.rubricVersionId);
        List<CriterionResult> criteria = e.reviewedCriteria != null ? e.reviewedCriteria
                : e.criteria == null ? List.of() : e.criteria;
        BigDecimal score = null;
        if (e.status != EvaluationStatus.UNGRADED) {
            Map<String, Double> shares = q.followUp != null && q.followUp.metAfterFollowUp()
                    ? Map.of(q.followUp.criterionId(), interview.followUpCredit) : Map.of();
            score = ScoreCalculator.total(context.rubric(), criteria.stream()
                    .map(r -> new CriterionVerdict(r.criterionId(), r.verdict(), r.evidence(), r.rationale())).toList(),
                    shares);
        }
        return new Result(q, e, context, feedback.of(e), criteria, score);
    }

    /** The mean of the scores that are known, rounded to two places; null when none is. */
    static BigDecimal mean(List<BigDecimal> scores) {
        List<BigDecimal> known = scores.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) {
            return null;
        }
        return known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 2, RoundingMode.HALF_UP);
    }
}
