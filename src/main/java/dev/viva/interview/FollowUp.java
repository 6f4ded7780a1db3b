package dev.viva.interview;

import dev.viva.grading.Verdict;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A follow-up question about one required criterion the first answer did not meet, and what came of it.
 * Stored with its question; the evaluation of the first answer keeps its own verdicts unchanged, so both
 * verdicts are on record.
 *
 * @param source   llm (written by the model) or template (from the criterion's hint)
 * @param prompts  prompt file to SHA-256, for an LLM-written follow-up
 * @param verdict  the follow-up answer's verdict on the criterion alone; null until graded (or when grading failed)
 * @param evidence the verified quotes from the follow-up answer
 */
public record FollowUp(String criterionId, String text, String source, Map<String, String> prompts, String model,
        OffsetDateTime askedAt, String answer, OffsetDateTime answeredAt, boolean late, Verdict verdict,
        List<String> evidence, String rationale, String gradingError) {

    public static FollowUp asked(String criterionId, String text, String source, Map<String, String> prompts,
            String model, OffsetDateTime askedAt) {
        return new FollowUp(criterionId, text, source, prompts, model, askedAt, null, null, false, null, List.of(),
                null, null);
    }

    public FollowUp answered(String answerText, OffsetDateTime at, boolean isLate) {
        return new FollowUp(criterionId, text, source, prompts, model, askedAt, answerText, at, isLate, null, List.of(),
                null, null);
    }

    public FollowUp graded(Verdict v, List<String> quotes, String why) {
        return new FollowUp(criterionId, text, source, prompts, model, askedAt, answer, answeredAt, late, v, quotes,
                why, null);
    }

    public FollowUp failed(String error) {
        return new FollowUp(criterionId, text, source, prompts, model, askedAt, answer, answeredAt, late, null,
                List.of(), null, error);
    }

    public boolean metAfterFollowUp() {
        return verdict == Verdict.MET;
    }
}
