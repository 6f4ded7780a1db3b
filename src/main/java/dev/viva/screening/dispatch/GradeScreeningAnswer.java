package dev.viva.screening.dispatch;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/** A job: grade one answer of a screening, in the given dispatch round (a stale round does nothing). */
public record GradeScreeningAnswer(UUID evaluationId, int round) implements JobRequest {

    @Override
    public Class<GradeScreeningAnswerHandler> getJobRequestHandler() {
        return GradeScreeningAnswerHandler.class;
    }
}
