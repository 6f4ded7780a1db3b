package dev.viva.bank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.RubricStatus;
import dev.viva.rubric.RubricVersion;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A question with its model answer (the one graded against) and the document's own answer as source;
 * for a question created through the API, its owner instead of a source.
 */
public record QuestionDetail(String id, String text, @Schema(nullable = true) String topic, String bank, @Schema(nullable = true) Source source,
        @Schema(nullable = true, description = "Null for a client key on a question of Viva's bank: the answer key"
                + " (model answers, rubrics) is shown to staff and to the owner of a question only") ModelAnswer modelAnswer,
        @Schema(nullable = true) String documentModelAnswer, @Schema(nullable = true) String duplicateOf,
        @Schema(nullable = true) ActiveRubric activeRubric, @Schema(nullable = true) DraftRubric draftRubric, @Schema(nullable = true) String owner,
        @Schema(nullable = true) OffsetDateTime retiredAt) {

    /** Where the question comes from: document name and heading or line. */
    public record Source(String document, String location) {
    }

    /** The model answer and who stands behind it. */
    public record ModelAnswer(String text, ModelAnswerOrigin origin, @Schema(nullable = true) String author,
            @Schema(nullable = true) String note) {
    }

    /** The rubric version grading uses for this question; origin "auto" when nobody reviewed it. */
    public record ActiveRubric(int version, RubricStatus status, String origin, String contentHash,
            List<Criterion> criteria) {
    }

    /** The newest rubric version when it is a draft waiting for a reviewer's approval. */
    public record DraftRubric(int version, String origin, String contentHash, List<Criterion> criteria) {
    }

    /** The question without its answer key (model answers, rubrics): what a client key sees of Viva's bank. */
    static QuestionDetail withoutAnswerKey(Question q) {
        Source source = q.sourceDocument == null ? null : new Source(q.sourceDocument, q.sourceLocation);
        return new QuestionDetail(q.id, q.text, q.topic, q.bank, source, null, null, q.duplicateOf, null, null,
                q.ownerRef, q.retiredAt);
    }

    static QuestionDetail of(Question q, RubricVersion active, RubricVersion newest) {
        ModelAnswer answer = q.modelAnswer == null ? null
                : new ModelAnswer(q.modelAnswer, q.modelAnswerOrigin, q.modelAnswerAuthor, q.modelAnswerNote);
        ActiveRubric activeRubric = active == null ? null
                : new ActiveRubric(active.version, active.status, active.origin, active.contentHash,
                        criteria(active));
        DraftRubric draft = newest == null || newest.active || newest.status != RubricStatus.DRAFT ? null
                : new DraftRubric(newest.version, newest.origin, newest.contentHash, criteria(newest));
        Source source = q.sourceDocument == null ? null : new Source(q.sourceDocument, q.sourceLocation);
        return new QuestionDetail(q.id, q.text, q.topic, q.bank, source, answer, q.documentModelAnswer,
                q.duplicateOf, activeRubric, draft, q.ownerRef, q.retiredAt);
    }

    private static List<Criterion> criteria(RubricVersion v) {
        return v.content == null ? List.of() : v.content.criteria();
    }
}
