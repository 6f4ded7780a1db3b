package dev.viva.evaluation;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * Grades an asynchronous request on the job engine. A grading that fails is recorded as ungraded and
 * retried by {@link UngradedEvaluationRetrier} like any other, so the job itself never fails.
 */
@ApplicationScoped
@Unremovable // looked up by the job engine, never injected
public class GradeEvaluationHandler implements JobRequestHandler<GradeEvaluation> {

    private final EvaluationService service;

    public GradeEvaluationHandler(EvaluationService service) {
        this.service = service;
    }

    @Override
    @Job(name = "Grade evaluation %0", retries = 0)
    public void run(GradeEvaluation job) {
        service.gradeIfUngraded(job.evaluationId());
    }
}
