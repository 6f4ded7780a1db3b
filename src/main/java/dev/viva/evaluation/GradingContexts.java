package dev.viva.evaluation;

import dev.viva.question.QuestionRepository;
import dev.viva.rubric.RubricVersionRepository;
import dev.viva.support.DomainException;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Each question's grading target with its active rubric, cached (quarkus-cache, {@value #CACHE}) so
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

    /**
     * The question with its owner, retirement and active rubric; {@link GradingTarget#contextFor} says
     * whether a caller may grade an answer to it now.
     */
    @CacheResult(cacheName = CACHE)
    @Transactional
    public GradingTarget target(String questionId) {
        var question = questions.findByIdOptional(questionId)
                .orElseThrow(() -> DomainException.notFound("Question", questionId));
        var rubric = rubrics.findActive(questionId);
        Integer waiting = rubric.isPresent() ? null : rubrics.findNewest(questionId).map(v -> v.version).orElse(null);
        return new GradingTarget(question.id, question.ownerRef, question.retiredAt, waiting,
                rubric.map(r -> GradingContext.of(question, r)).orElse(null));
    }

    /** The context of an answer accepted earlier, with the rubric version it was accepted with. */
    @Transactional
    public GradingContext of(String questionId, long rubricVersionId) {
        return GradingContext.of(questions.findById(questionId), rubrics.findById(rubricVersionId));
    }
}
