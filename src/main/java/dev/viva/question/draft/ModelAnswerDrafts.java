package dev.viva.question.draft;

import dev.viva.llm.LlmCallFailedException;
import dev.viva.llm.LlmConfig;
import dev.viva.llm.LlmUnavailableException;
import dev.viva.llm.UnusableReplyException;
import dev.viva.llm.LlmNotConfiguredException;
import dev.viva.llm.PromptFiles;
import dev.viva.llm.ValidatedCalls;
import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.support.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Model answers drafted by the LLM for questions that have none. A draft is stored apart from the
 * question and never graded against; approving it copies it onto the question (origin
 * reviewer_approved, the reviewer as author), after which rubrics can be drafted from it.
 */
@ApplicationScoped
public class ModelAnswerDrafts {

    static final int MIN_WORDS = 20;

    private final QuestionRepository questions;
    private final ModelAnswerDraftRepository drafts;
    private final ModelAnswerWriter writer;
    private final ValidatedCalls calls;
    private final LlmConfig llm;
    private final PromptFiles prompts;

    public ModelAnswerDrafts(QuestionRepository questions, ModelAnswerDraftRepository drafts,
            ModelAnswerWriter writer, ValidatedCalls calls, LlmConfig llm, PromptFiles prompts) {
        this.questions = questions;
        this.drafts = drafts;
        this.writer = writer;
        this.calls = calls;
        this.llm = llm;
        this.prompts = prompts;
    }

    /** Asks the LLM for a model answer (a second time if the first reply is unusable) and stores it as a draft. */
    public ModelAnswerDraft create(String questionId) {
        if (!llm.enabled()) {
            throw new LlmNotConfiguredException("Drafting a model answer");
        }
        Question q = QuarkusTransaction.requiringNew().call(() -> questions.findByIdOptional(questionId))
                .orElseThrow(() -> DomainException.notFound("Question", questionId));
        if (q.modelAnswer != null && !q.modelAnswer.isBlank()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Question has a model answer", "Question '" + questionId
                    + "' already has a model answer (" + q.modelAnswerOrigin.name().toLowerCase() + ").");
        }
        String topic = q.topic == null ? "(none)" : q.topic;
        // The writer has no repair prompt: an unusable answer is simply asked for once more.
        LlmModelAnswer answer;
        try {
            answer = calls.call("model answer", () -> writer.write(topic, q.text), ModelAnswerDrafts::check,
                    (previous, problems) -> writer.write(topic, q.text), LlmModelAnswer::toString).value();
        } catch (LlmUnavailableException | UnusableReplyException | LlmCallFailedException e) {
            throw e.adding("Nothing was stored.");
        }
        ModelAnswerDraft draft = new ModelAnswerDraft();
        draft.questionId = questionId;
        draft.text = answer.answer().strip();
        draft.notes = answer.notes();
        draft.status = ModelAnswerDraft.DraftStatus.draft;
        draft.model = llm.model();
        draft.prompts = prompts.hashes(List.of(ModelAnswerWriter.SYSTEM_PROMPT, ModelAnswerWriter.USER_PROMPT));
        draft.createdAt = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(() -> drafts.persist(draft));
        return draft;
    }

    @Transactional
    public List<ModelAnswerDraft> list(String questionId) {
        requireQuestion(questionId);
        return drafts.list("questionId = ?1 order by createdAt, id", questionId);
    }

    /** Makes the draft the question's model answer and records who approved it, and when. */
    @Transactional
    public ModelAnswerDraft approve(String questionId, long draftId, String reviewer) {
        Question q = requireQuestion(questionId);
        ModelAnswerDraft draft = drafts.find("id = ?1 and questionId = ?2", draftId, questionId).firstResultOptional()
                .orElseThrow(() -> DomainException.notFound("Model answer draft", String.valueOf(draftId)));
        OffsetDateTime now = OffsetDateTime.now();
        String who = reviewer == null || reviewer.isBlank() ? "reviewer" : reviewer.strip();
        draft.status = ModelAnswerDraft.DraftStatus.approved;
        draft.approvedBy = who;
        draft.approvedAt = now;
        q.modelAnswer = draft.text;
        q.modelAnswerOrigin = ModelAnswerOrigin.REVIEWER_APPROVED;
        q.modelAnswerAuthor = who;
        q.modelAnswerNote = "Drafted by " + draft.model + " (draft " + draft.id + "), approved by " + who + " at "
                + now + ".";
        q.updatedAt = now;
        return draft;
    }

    private static ValidatedCalls.Checked<LlmModelAnswer> check(LlmModelAnswer answer) {
        return usable(answer) ? ValidatedCalls.Checked.valid(answer)
                : ValidatedCalls.Checked.invalid(List.of("the answer is missing or shorter than " + MIN_WORDS + " words"));
    }

    private static boolean usable(LlmModelAnswer answer) {
        return answer != null && answer.answer() != null
                && answer.answer().strip().split("\\s+").length >= MIN_WORDS;
    }

    private Question requireQuestion(String questionId) {
        return questions.findByIdOptional(questionId)
                .orElseThrow(() -> DomainException.notFound("Question", questionId));
    }
}
