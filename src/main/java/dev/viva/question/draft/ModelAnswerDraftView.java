package dev.viva.question.draft;

import java.time.OffsetDateTime;

/** A model answer draft as the API shows it. */
public record ModelAnswerDraftView(long id, String questionId, ModelAnswerDraft.DraftStatus status, String text,
        String notes, String model, OffsetDateTime createdAt, String approvedBy, OffsetDateTime approvedAt) {

    static ModelAnswerDraftView of(ModelAnswerDraft d) {
        return new ModelAnswerDraftView(d.id, d.questionId, d.status, d.text, d.notes, d.model, d.createdAt,
                d.approvedBy, d.approvedAt);
    }
}
