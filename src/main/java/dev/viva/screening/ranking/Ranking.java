package dev.viva.screening.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A screening's candidates, best first: the ranked (complete) ones, then those still waiting for a grade. */
public record Ranking(UUID screeningId, boolean blind, List<Item> items) {

    /**
     * @param rank         shared by equal scores (1, 2, 2, 4); null while an answer is not graded
     * @param candidateRef the reference, or the alias while the screening is blind and no decision is recorded
     * @param score        the mean of the question scores (reviewed where a reviewer changed one); null while incomplete
     * @param partialScore the mean over the answers graded so far, for an incomplete candidate
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RankedCandidate")
    public record Item(Integer rank, String candidateRef, String alias, boolean blinded, BigDecimal score,
            BigDecimal partialScore, boolean complete, boolean needsReview, String decision, String decidedBy,
            List<QuestionScore> questions) {
    }

    /** @param status graded, needs_review, ungraded, or missing (no answer yet) */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RankedQuestionScore")
    public record QuestionScore(String questionId, BigDecimal score, String status, UUID evaluationId) {
    }
}
