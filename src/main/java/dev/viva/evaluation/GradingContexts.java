package dev.viva.evaluation;

import dev.viva.question.QuestionRepository;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.support.DomainException;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Each question's grading context with its active rubric, cached (quarkus-cache, {@value #CACHE}) so
 * that accepting an answer does not read and parse them again. Writes to questions and rubric versions
 * empty the cache ({@link dev.viva.support.CacheInvalidation}); entries also expire after
 * {@code viva.grading.context-cache-ttl}, for writes by other instances. Failures are not cached.
 */
@ApplicationScoped
public class GradingContexts {

    public static final String CACHE = "grading-context";

    private final QuestionRepository questions;
    private final RubricVersionRepository rubrics;

    public GradingContexts(QuestionRepository questions, RubricVersionRepository rubrics) {
        this.questions = questions;
        this.rubrics = rubrics;
    }

    /** The question with its active rubric, or a domain failure naming what is missing. */
    @CacheResult(cacheName = CACHE)
    @Transactional
    public GradingContext active(String questionId) {
        var question = questions.findByIdOptional(questionId)
                .orElseThrow(() -> DomainException.notFound("Question", questionId));
        var rubric = rubrics.findActive(questionId)
                .orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "No approved rubric",
                        "Question '" + questionId + "' has no approved, active rubric yet, so it cannot be graded."));
        return GradingContext.of(question, rubric);
    }

    /** The context of an answer accepted earlier, with the rubric version it was accepted with. */
    @Transactional
    public GradingContext of(String questionId, long rubricVersionId) {
        return GradingContext.of(questions.findById(questionId), rubrics.findById(rubricVersionId));
    }
}
