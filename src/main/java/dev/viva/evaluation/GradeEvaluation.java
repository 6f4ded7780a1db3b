package dev.viva.evaluation;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/** A job: grade the stored (ungraded) evaluation with this id, for an asynchronous request. */
public record GradeEvaluation(UUID evaluationId) implements JobRequest {

    @Override
    public Class<GradeEvaluationHandler> getJobRequestHandler() {
        return GradeEvaluationHandler.class;
    }
}
