package dev.viva.rubric.version;

import dev.viva.support.DomainException;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import dev.viva.rubric.RubricValidator;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.rubric.RubricVersionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a question's rubric versions and edits them the only way versions can be edited: by storing
 * a new draft version (origin "api"), which a reviewer then approves. An invalid edit stores nothing.
 */
@ApplicationScoped
public class RubricEditor {

    public static final String ORIGIN = "api";

    private final RubricVersionRepository versions;
    private final RubricVersionService service;
    private final RubricValidator validator;
    private final QuestionRepository questions;

    public RubricEditor(RubricVersionRepository versions, RubricVersionService service, RubricValidator validator,
            QuestionRepository questions) {
        this.versions = versions;
        this.service = service;
        this.validator = validator;
        this.questions = questions;
    }

    @Transactional
    public List<RubricVersion> list(String questionId) {
        requireQuestion(questionId);
        return versions.list("questionId = ?1 order by version", questionId);
    }

    @Transactional
    public RubricVersion get(String questionId, int version) {
        requireQuestion(questionId);
        return versions.find("questionId = ?1 and version = ?2", questionId, version).firstResultOptional()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "Rubric version not found",
                        "Question '" + questionId + "' has no rubric version " + version + "."));
    }

    /** Stores the full rubric given as the question's next (draft) version. */
    @Transactional
    public RubricVersion replace(String questionId, Rubric body, String editor) {
        requireQuestion(questionId);
        String id = body.questionId() == null || body.questionId().isBlank() ? questionId : body.questionId();
        return storeValid(new Rubric(id, 1, RubricStatus.DRAFT, body.criteria(), body.notes()), questionId, editor);
    }

    /** Changes (or adds) one criterion of version {@code from} (default: the active, else the latest one). */
    @Transactional
    public RubricVersion patch(String questionId, String criterionId, CriterionPatch patch, Integer from,
            String editor) {
        RubricVersion base = from != null ? get(questionId, from) : versions.findActive(questionId)
                .or(() -> versions.find("questionId = ?1 order by version desc", questionId).firstResultOptional())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "Rubric not found",
                        "Question '" + questionId + "' has no rubric version to change."));
        List<Criterion> criteria = new ArrayList<>();
        boolean found = false;
        for (Criterion c : base.content.criteria()) {
            if (c.id().equals(criterionId)) {
                criteria.add(patch.applyTo(criterionId, c));
                found = true;
            } else {
                criteria.add(c);
            }
        }
        if (!found) {
            criteria.add(patch.applyTo(criterionId, null));
        }
        return storeValid(new Rubric(questionId, 1, RubricStatus.DRAFT, criteria, base.content.notes()), questionId,
                editor);
    }

    @Transactional
    public RubricVersion approve(String questionId, int version, String reviewer) {
        get(questionId, version);
        return service.approve(questionId, version, reviewer);
    }

    @Transactional
    public RubricDiff diff(String questionId, int from, int to) {
        return RubricDiff.between(get(questionId, from).content, get(questionId, to).content);
    }

    private RubricVersion storeValid(Rubric rubric, String questionId, String editor) {
        List<String> problems = validator.validate(rubric, questionId);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Invalid rubric", String.join("; ", problems),
                    Map.of("problems", problems));
        }
        return service.storeDraft(rubric, ORIGIN, editor, List.of());
    }

    private void requireQuestion(String questionId) {
        if (questions.count("id", questionId) == 0) {
            throw DomainException.notFound("Question", questionId);
        }
    }
}
