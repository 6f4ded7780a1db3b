package dev.viva.screening.invitation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a candidate's page may show: the screening's name, the questions' text and the candidate's own
 * drafts. Never a rubric, a model answer, a score or another candidate.
 */
public record CandidateSession(String screeningName, List<Question> questions, OffsetDateTime expiresAt,
        int maxAnswerChars) {

    public record Question(int number, String questionId, String text, String draft) {
        public boolean answered() {
            return draft != null && !draft.isBlank();
        }
    }

    public boolean allAnswered() {
        return questions.stream().allMatch(Question::answered);
    }
}
