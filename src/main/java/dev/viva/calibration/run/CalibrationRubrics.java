package dev.viva.calibration.run;

import dev.viva.question.Question;
import dev.viva.rubric.Rubric;
import dev.viva.rubric.RubricStatus;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.rubric.RubricVersionService;
import dev.viva.rubric.offline.OfflineRubricBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rubric a calibration question is graded with: drafted by the offline builder from the question's
 * reference answer and stored as an approved rubric version like any other (origin offline), so the
 * scores cite a version and hash. An unchanged reference answer reuses the stored version.
 */
@ApplicationScoped
public class CalibrationRubrics {

    static final String ORIGIN = "offline";
    static final String AUTHOR = "calibration";

    private final OfflineRubricBuilder builder;
    private final RubricVersionService service;
    private final RubricVersionRepository versions;

    public CalibrationRubrics(OfflineRubricBuilder builder, RubricVersionService service,
            RubricVersionRepository versions) {
        this.builder = builder;
        this.service = service;
        this.versions = versions;
    }

    public RubricVersion activeFor(Question question) {
        Rubric draft = builder.build(question.id, question.text, question.modelAnswer);
        Rubric approved = new Rubric(draft.questionId(), draft.version(), RubricStatus.APPROVED, draft.criteria(),
                draft.notes());
        return QuarkusTransaction.requiringNew().call(() -> {
            RubricVersion stored = service.store(approved, ORIGIN, AUTHOR).version();
            return versions.findActive(question.id).orElseGet(() -> service.approve(question.id, stored.version, AUTHOR));
        });
    }
}
