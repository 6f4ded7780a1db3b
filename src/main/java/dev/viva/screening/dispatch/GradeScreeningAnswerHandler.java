package dev.viva.screening.dispatch;

import dev.viva.evaluation.EvaluationService;
import dev.viva.evaluation.EvaluationStore;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningAnswer;
import dev.viva.screening.ScreeningAnswerRepository;
import dev.viva.screening.ScreeningConfig;
import dev.viva.screening.ScreeningRepository;
import io.quarkus.arc.Unremovable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * Grades one screening answer on the job engine. Before a model call it checks the budget (at the
 * budget the answer is held and the screening paused) and waits for a model-call slot. The grading
 * is claimed on the evaluation with a lease, so that no two workers grade it at once; a worker that
 * dies leaves the lease to run out, and the retry job grades the answer then. A failed grading is
 * recorded as ungraded and retried like any other, so the job itself succeeds.
 */
@ApplicationScoped
@Unremovable // looked up by the job engine, never injected
public class GradeScreeningAnswerHandler implements JobRequestHandler<GradeScreeningAnswer> {

    private static final Logger LOG = Logger.getLogger(GradeScreeningAnswerHandler.class);

    private final ScreeningAnswerRepository answers;
    private final ScreeningRepository screenings;
    private final EvaluationService evaluations;
    private final EvaluationStore store;
    private final CostMeter costs;
    private final ModelCallLimiter modelCalls;
    private final InstanceName instance;
    private final ScreeningConfig config;

    public GradeScreeningAnswerHandler(ScreeningAnswerRepository answers, ScreeningRepository screenings,
            EvaluationService evaluations, EvaluationStore store, CostMeter costs, ModelCallLimiter modelCalls,
            InstanceName instance, ScreeningConfig config) {
        this.answers = answers;
        this.screenings = screenings;
        this.evaluations = evaluations;
        this.store = store;
        this.costs = costs;
        this.modelCalls = modelCalls;
        this.instance = instance;
        this.config = config;
    }

    @Override
    @Job(name = "Grade screening answer %0", retries = 3)
    public void run(GradeScreeningAnswer job) {
        ScreeningAnswer answer = QuarkusTransaction.requiringNew().call(() -> answers.findById(job.evaluationId()));
        if (answer == null || answer.round != job.round() || answer.budgetHeld) {
            return; // erased, or a later round's job does the work
        }
        Screening screening = QuarkusTransaction.requiringNew().call(() -> screenings.findById(answer.screeningId));
        boolean callsModel = evaluations.callsModel(screening.grader);
        if (!store.claim(answer.evaluationId, config.gradingLease())) {
            return; // graded already, or being graded by a worker whose lease runs
        }
        if (!callsModel) {
            grade(answer);
            return;
        }
        modelCalls.call(() -> {
            // checked with a model-call slot held, so that no more than the slots in flight overshoot the budget
            Screening now = QuarkusTransaction.requiringNew().call(() -> screenings.findById(answer.screeningId));
            if (costs.budgetReached(now)) {
                holdForBudget(answer);
            } else {
                grade(answer);
            }
            return null;
        });
    }

    private void grade(ScreeningAnswer answer) {
        QuarkusTransaction.requiringNew().run(() -> answers.update(
                "gradingStarts = gradingStarts + 1, gradedBy = ?1 where evaluationId = ?2",
                instance.get(), answer.evaluationId));
        evaluations.regradeStored(answer.evaluationId);
    }

    /** The answer waits, unclaimed, for a higher budget; the screening shows paused_budget. */
    private void holdForBudget(ScreeningAnswer answer) {
        QuarkusTransaction.requiringNew().run(() -> {
            answers.update("budgetHeld = true where evaluationId = ?1", answer.evaluationId);
            screenings.update("pausedBudget = true where id = ?1 and pausedBudget = false", answer.screeningId);
        });
        store.release(answer.evaluationId);
        LOG.infof("Screening %s reached its budget: answer %s waits until the budget is raised",
                answer.screeningId, answer.evaluationId);
    }
}
