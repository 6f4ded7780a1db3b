package dev.viva.evaluation;

import dev.viva.grading.Feedback;
import dev.viva.grading.FeedbackLeakCheck;
import dev.viva.grading.GraderKind;
import dev.viva.grading.Verdict;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the learner's view of an evaluation. The feedback was checked for leaks when it was made;
 * it is checked again here against the rubric it was graded with, and a leaking sentence is dropped.
 */
@ApplicationScoped
public class LearnerFeedbackViews {

    static final String OFFLINE_LANGUAGE_NOTE = "Offline feedback is in English.";

    private final GradingContexts contexts;

    public LearnerFeedbackViews(GradingContexts contexts) {
        this.contexts = contexts;
    }

    public LearnerFeedback of(Evaluation e) {
        GradingContext context = contexts.of(e.questionId, e.rubricVersionId);
        Map<String, Criterion> byId = context.rubric().criteria().stream()
                .collect(Collectors.toMap(Criterion::id, Function.identity(), (a, b) -> a));
        List<CriterionResult> results = e.reviewedCriteria != null ? e.reviewedCriteria
                : e.criteria == null ? List.of() : e.criteria;
        List<LearnerFeedback.Point> points = results.stream()
                .filter(r -> r.kind() != CriterionKind.PENALTY || r.verdict() == Verdict.MET)
                .map(r -> new LearnerFeedback.Point(
                        byId.containsKey(r.criterionId()) ? byId.get(r.criterionId()).title() : r.criterionId(),
                        r.verdict()))
                .toList();
        Feedback feedback = e.feedback == null ? new Feedback(List.of(), List.of(), null)
                : FeedbackLeakCheck.against(context.modelAnswer(), context.rubric()).withoutLeaks(e.feedback);
        var score = e.reviewedScore != null ? e.reviewedScore : e.score;
        boolean offline = e.provenance == null || e.provenance.grader() != GraderKind.LLM;
        String language = offline ? "en" : e.feedbackLang == null ? "en" : e.feedbackLang;
        String note = offline ? OFFLINE_LANGUAGE_NOTE : null;
        return new LearnerFeedback(e.id, e.questionId, e.status, score, LearnerFeedback.Band.of(score),
                feedback.strengths(), feedback.missing(), feedback.nextStep(), points, language, note);
    }
}
