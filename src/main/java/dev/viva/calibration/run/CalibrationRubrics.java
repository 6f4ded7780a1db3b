package dev.viva.calibration.run;

import dev.viva.support.DomainException;
import dev.viva.question.Question;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.rubric.RubricVersionService;
import dev.viva.rubric.offline.OfflineRubricBuilder;
import dev.viva.rubric.writer.DraftSource;
import dev.viva.rubric.writer.RubricDrafter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rubric a calibration question is graded with: drafted from the question's reference answer by the
 * offline builder (or, when asked, the LLM rubric writer) and stored as an approved rubric version like
 * any other (origin offline or llm), so the scores cite a version and hash. An unchanged reference answer
 * reuses the stored offline version; an active LLM-written version is reused rather than paid for again.
 */
@ApplicationScoped
public class CalibrationRubrics {

    static final String ORIGIN = "offline";
    static final String AUTHOR = "calibration";

    private final OfflineRubricBuilder builder;
    private final RubricVersionService service;
    private final RubricVersionRepository versions;
    private final RubricDrafter drafter;

    public CalibrationRubrics(OfflineRubricBuilder builder, RubricVersionService service,
            RubricVersionRepository versions, RubricDrafter drafter) {
        this.drafter = drafter;
        this.builder = builder;
        this.service = service;
        this.versions = versions;
    }

    public RubricVersion activeFor(Question question, DraftSource source) {
        if (source == DraftSource.llm) {
            // Runs on the calibration thread, which has no request context: the look-up needs a transaction
            // of its own, and none is held while the model writes.
            return QuarkusTransaction.requiringNew().call(() -> versions.findActive(question.id))
                    .filter(v -> "llm".equals(v.origin)).orElseGet(() -> {
                        RubricVersion draft = writeWithLlm(question);
                        return QuarkusTransaction.requiringNew()
                                .call(() -> service.approve(question.id, draft.version, AUTHOR));
                    });
        }
        Rubric draft = builder.build(question.id, question.text, question.modelAnswer);
        Rubric approved = new Rubric(draft.questionId(), draft.version(), RubricStatus.APPROVED, draft.criteria(),
                draft.notes());
        return QuarkusTransaction.requiringNew().call(() -> {
            RubricVersion stored = service.store(approved, ORIGIN, AUTHOR).version();
            return versions.findActive(question.id).orElseGet(() -> service.approve(question.id, stored.version, AUTHOR));
        });
    }

    /** The run's error says which question's rubric the writer could not draft, and why. */
    private RubricVersion writeWithLlm(Question question) {
        try {
            return drafter.draft(question.id, DraftSource.llm);
        } catch (DomainException e) {
            throw new IllegalStateException("the LLM rubric writer could not draft the rubric of '" + question.id
                    + "' (" + e.title() + "): " + e.getMessage(), e);
        }
    }
}
