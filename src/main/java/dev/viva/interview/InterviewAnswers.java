package dev.viva.interview;

import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationQueries;
import dev.viva.evaluation.EvaluationRequest;
import dev.viva.evaluation.EvaluationService;
import dev.viva.evaluation.EvaluationStatus;
import dev.viva.evaluation.GradingContext;
import dev.viva.evaluation.GradingContexts;
import dev.viva.evaluation.LearnerFeedbackViews;
import dev.viva.grading.GradingConfig;
import dev.viva.grading.GradingFailedException;
import dev.viva.grading.Verdict;
import dev.viva.interview.followup.FollowUpGrading;
import dev.viva.interview.followup.FollowUpQuestions;
import dev.viva.question.QuestionRepository;
import dev.viva.question.Viewer;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.support.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An answer to what the interview asks now. The answer to a question is stored and graded as an evaluation
 * ({@link EvaluationService}: stored before grading, never lost); when a required point is not met and
 * follow-ups are on, ONE follow-up about it is asked next. The follow-up's answer is stored with it first, then
 * graded against that point alone. No transaction is open while a grader or the LLM works.
 */
@ApplicationScoped
public class InterviewAnswers {

    private static final Logger LOG = Logger.getLogger(InterviewAnswers.class);

    private final InterviewRepository interviews;
    private final InterviewQuestionRepository asked;
    private final QuestionRepository questions;
    private final EvaluationService evaluations;
    private final EvaluationQueries evaluationQueries;
    private final GradingContexts contexts;
    private final LearnerFeedbackViews feedback;
    private final FollowUpQuestions followUps;
    private final FollowUpGrading followUpGrading;
    private final GradingConfig grading;
    private final InterviewsConfig config;

    public InterviewAnswers(InterviewRepository interviews, InterviewQuestionRepository asked,
            QuestionRepository questions, EvaluationService evaluations, EvaluationQueries evaluationQueries,
            GradingContexts contexts, LearnerFeedbackViews feedback, FollowUpQuestions followUps,
            FollowUpGrading followUpGrading, GradingConfig grading, InterviewsConfig config) {
        this.interviews = interviews;
        this.asked = asked;
        this.questions = questions;
        this.evaluations = evaluations;
        this.evaluationQueries = evaluationQueries;
        this.contexts = contexts;
        this.feedback = feedback;
        this.followUps = followUps;
        this.followUpGrading = followUpGrading;
        this.grading = grading;
        this.config = config;
    }

    /** What the answer is to: the question being asked, or its follow-up (whose answer is then already stored). */
    private record Turn(Interview interview, InterviewQuestion question, boolean followUp, boolean late,
            OffsetDateTime at) {
    }

    public AnswerOutcome answer(Caller caller, UUID id, String answer) {
        if (answer.isBlank() || answer.length() > grading.maxAnswerChars()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid request", "answer: must be 1 to "
                    + grading.maxAnswerChars() + " characters and not blank (got " + answer.length() + ").");
        }
        Turn turn = QuarkusTransaction.requiringNew().call(() -> take(caller, id, answer));
        return turn.followUp() ? followUpAnswered(turn, answer) : questionAnswered(turn, answer);
    }

    private Turn take(Caller caller, UUID id, String answer) {
        Interview interview = interviews.lock(id).filter(caller::reads)
                .orElseThrow(() -> DomainException.notFound("Interview", id.toString()));
        if (!interview.inProgress()) {
            throw DomainException.conflict("Interview finished",
                    "Interview " + id + " is finished and takes no more answers; its report is GET /api/interviews/" + id + "/report.");
        }
        InterviewQuestion q = asked.at(interview.id, interview.currentPosition);
        OffsetDateTime now = OffsetDateTime.now();
        if (q.awaitingFollowUpAnswer()) {
            boolean late = InterviewQuestion.late(q.followUp.askedAt(), now, interview.timeLimitSeconds);
            // kept before grading, so that an accepted answer is never lost
            q.followUp = q.followUp.answered(answer, now, late);
            return new Turn(interview, q, true, late, now);
        }
        if (q.answered()) {
            throw DomainException.conflict("Answer being graded",
                    "The answer to the follow-up of question " + q.position + " is still being graded; try again in a moment.");
        }
        return new Turn(interview, q, false, InterviewQuestion.late(q.shownAt, now, interview.timeLimitSeconds), now);
    }

    private AnswerOutcome questionAnswered(Turn turn, String answer) {
        Interview interview = turn.interview();
        InterviewQuestion q = turn.question();
        // The interview's evaluations belong to the interview, not to the caller's own evaluations (whose
        // reviewer view shows weights and rationale); the question was checked for the caller when it was chosen.
        Viewer asInterview = new Viewer("interview:" + interview.id, true);
        Evaluation e = evaluations.submit(new EvaluationRequest(q.questionId, answer, interview.learnerRef, interview.grader),
                "interview|" + interview.id + "|" + q.position, false, asInterview).evaluation();
        GradingContext context = contexts.of(e.questionId, e.rubricVersionId);
        Optional<Criterion> missed = interview.followUps ? missedRequired(e, context) : Optional.empty();
        FollowUpQuestions.Written written = missed.map(c -> followUps.write(q.topic, context.questionText(),
                context.modelAnswer(), context.rubric(), c, answer, template())).orElse(null);
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview locked = interviews.lock(interview.id).orElseThrow();
            InterviewQuestion row = asked.at(locked.id, q.position);
            if (row.answered() || !locked.inProgress()) {
                // the same answer sent twice at once: the first request recorded it
                return new AnswerOutcome(e.id, turn.late(), feedback.of(e), null, current(locked), locked.status);
            }
            row.evaluationId = e.id;
            row.answeredAt = turn.at();
            row.late = turn.late();
            if (written != null) {
                row.followUp = FollowUp.asked(missed.get().id(), written.text(), written.source(), written.prompts(),
                        written.model(), OffsetDateTime.now());
            } else {
                advance(locked);
            }
            return new AnswerOutcome(e.id, turn.late(), feedback.of(e), null, current(locked), locked.status);
        });
    }

    private AnswerOutcome followUpAnswered(Turn turn, String answer) {
        InterviewQuestion q = turn.question();
        Evaluation e = evaluationQueries.find(q.evaluationId).orElseThrow();
        GradingContext context = contexts.of(e.questionId, e.rubricVersionId);
        Criterion criterion = context.rubric().criterion(q.followUp.criterionId()).orElseThrow();
        FollowUp graded;
        try {
            var g = followUpGrading.grade(e.requestedGrader, context.questionId(), context.questionText(),
                    context.modelAnswer(), context.rubric(), criterion, answer);
            graded = q.followUp.graded(g.verdict(), g.evidence(), g.rationale());
        } catch (GradingFailedException | DomainException ex) {
            LOG.warnf("Grading the follow-up answer of interview %s, question %d failed (%s); it counts as not met",
                    turn.interview().id, q.position, ex.getMessage());
            graded = q.followUp.failed(ex.getMessage());
        }
        FollowUp result = graded;
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview locked = interviews.lock(turn.interview().id).orElseThrow();
            InterviewQuestion row = asked.at(locked.id, q.position);
            row.followUp = result;
            if (locked.inProgress() && locked.currentPosition == row.position) {
                advance(locked);
            }
            var outcome = new AnswerOutcome.FollowUpResult(criterion.id(), criterion.title(), result.verdict(),
                    result.metAfterFollowUp(), turn.late());
            return new AnswerOutcome(e.id, turn.late(), feedback.of(e), outcome, current(locked), locked.status);
        });
    }

    /** The heaviest required point the answer did not meet (as graded by the machine), if any. */
    static Optional<Criterion> missedRequired(Evaluation e, GradingContext context) {
        if (e.status == EvaluationStatus.UNGRADED || e.criteria == null) {
            return Optional.empty();
        }
        Map<String, Verdict> verdicts = new java.util.HashMap<>();
        e.criteria.forEach(r -> verdicts.put(r.criterionId(), r.verdict()));
        return context.rubric().criteria().stream()
                .filter(c -> c.kind() == CriterionKind.REQUIRED)
                .filter(c -> verdicts.getOrDefault(c.id(), Verdict.NOT_MET) == Verdict.NOT_MET)
                .max(Comparator.comparingDouble(Criterion::weight).thenComparing(c -> -context.rubric().criteria().indexOf(c)));
    }

    /** The next question is shown now; after the last one the interview is finished. */
    private void advance(Interview interview) {
        interview.currentPosition++;
        InterviewQuestion next = asked.at(interview.id, interview.currentPosition);
        if (next == null) {
            InterviewService.finish(interview);
        } else {
            next.shownAt = OffsetDateTime.now();
        }
    }

    /** What is asked now, or null once the interview is over. Call inside a transaction. */
    Prompt current(Interview interview) {
        if (!interview.inProgress()) {
            return null;
        }
        InterviewQuestion q = asked.at(interview.id, interview.currentPosition);
        return InterviewService.prompt(interview, q, questions.findById(q.questionId));
    }

    private FollowUpQuestions.Template template() {
        return new FollowUpQuestions.Template(config.followUpTemplate(), config.followUpTemplateWithoutHint());
    }
}
