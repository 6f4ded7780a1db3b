package dev.viva.rubric.writer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.llm.LlmCallFailedException;
import dev.viva.llm.LlmConfig;
import dev.viva.llm.LlmUnavailableException;
import dev.viva.llm.UnusableReplyException;
import dev.viva.llm.LlmNotConfiguredException;
import dev.viva.llm.ValidatedCalls;
import dev.viva.support.DomainException;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.RubricValidator;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionService;
import dev.viva.rubric.offline.OfflineRubricBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drafts a rubric from a question's model answer, with the LLM ({@link RubricWriter}) or offline
 * ({@link OfflineRubricBuilder}), validates it like a rubric file and stores it as a draft version
 * (origin "llm" or "offline"), or only writes it ({@link #write}) for a caller that stores it itself.
 * An LLM draft that is invalid gets one repair call; invalid twice, it is an UnusableReplyException and
 * nothing is stored. No transaction is held while the model writes.
 */
@ApplicationScoped
public class RubricDrafter {

    private final QuestionRepository questions;
    private final RubricWriter writer;
    private final ValidatedCalls calls;
    private final OfflineRubricBuilder offline;
    private final RubricValidator validator;
    private final RubricVersionService versions;
    private final LlmConfig llm;
    private final ObjectMapper json;

    public RubricDrafter(QuestionRepository questions, RubricWriter writer, ValidatedCalls calls,
            OfflineRubricBuilder offline, RubricValidator validator, RubricVersionService versions, LlmConfig llm,
            ObjectMapper json) {
        this.questions = questions;
        this.writer = writer;
        this.calls = calls;
        this.offline = offline;
        this.validator = validator;
        this.versions = versions;
        this.llm = llm;
        this.json = json;
    }

    public RubricVersion draft(String questionId, DraftSource source) {
        Question q = QuarkusTransaction.requiringNew().call(() -> questions.findByIdOptional(questionId))
                .orElseThrow(() -> DomainException.notFound("Question", questionId));
        if (q.modelAnswer == null || q.modelAnswer.isBlank()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "No model answer", "Question '" + questionId + "' has no model answer "
                    + "to build a rubric from; draft one with POST /api/questions/" + questionId
                    + "/model-answer/drafts and approve it first.");
        }
        DraftedRubric drafted = write(q.id, q.topic, q.text, q.modelAnswer, source);
        return versions.storeDraft(drafted.rubric(), drafted.origin(), drafted.author(), drafted.audit());
    }

    /**
     * Drafts and validates a rubric for a question that need not be stored yet (one being created),
     * storing nothing: the caller stores it with the question.
     */
    public DraftedRubric write(String questionId, String topic, String questionText, String modelAnswer,
            DraftSource source) {
        boolean useLlm = switch (source == null ? DraftSource.auto : source) {
            case auto -> llm.enabled();
            case llm -> {
                if (!llm.enabled()) {
                    throw new LlmNotConfiguredException("Drafting a rubric with builder=llm");
                }
                yield true;
            }
            case offline -> false;
        };
        if (!useLlm) {
            return withoutLlm(questionId, questionText, modelAnswer);
        }
        try {
            return withLlm(questionId, topic, questionText, modelAnswer);
        } catch (LlmUnavailableException | UnusableReplyException | LlmCallFailedException e) {
            throw e.adding("Nothing was stored.");
        }
    }

    private DraftedRubric withLlm(String questionId, String topic, String questionText, String modelAnswer) {
        String inTopic = topic == null ? "(none)" : topic;
        ValidatedCalls.Outcome<LlmRubricDraft> outcome = calls.call("rubric",
                () -> writer.write(inTopic, questionText, modelAnswer),
                reply -> check(reply, questionId),
                (previous, problems) -> writer.repair(inTopic, questionText, modelAnswer, previous, problems),
                this::raw);
        LlmRubricDraft draft = outcome.value();
        return new DraftedRubric(draft.toRubric(questionId), "llm", llm.model(), draft.findings());
    }

    private ValidatedCalls.Checked<LlmRubricDraft> check(LlmRubricDraft reply, String questionId) {
        List<String> shape = reply.shapeProblems();
        List<String> problems = shape.isEmpty() ? validator.validate(reply.toRubric(questionId), questionId) : shape;
        return problems.isEmpty() ? ValidatedCalls.Checked.valid(reply) : ValidatedCalls.Checked.invalid(problems);
    }

    private DraftedRubric withoutLlm(String questionId, String questionText, String modelAnswer) {
        Rubric built = offline.build(questionId, questionText, modelAnswer);
        Rubric rubric = capped(built);
        List<String> problems = validator.validate(rubric, questionId);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "No usable offline draft", "The model answer of '" + questionId
                    + "' gives no usable rubric offline: " + String.join("; ", problems),
                    Map.of("problems", problems));
        }
        return new DraftedRubric(rubric, "offline", "offline-rubric-builder", List.of());
    }

    /**
     * A long model answer can give more claims than a rubric may have criteria: the first ones are kept
     * (a model answer leads with its main points) and the others are listed in the notes for the reviewer.
     */
    static Rubric capped(Rubric rubric) {
        if (rubric.criteria().size() <= RubricValidator.MAX_CRITERIA) {
            return rubric;
        }
        List<Criterion> kept = rubric.criteria().subList(0, RubricValidator.MAX_CRITERIA);
        List<String> left = new ArrayList<>();
        rubric.criteria().subList(RubricValidator.MAX_CRITERIA, rubric.criteria().size())
                .forEach(c -> left.add("- " + c.description()));
        String notes = rubric.notes() + "\nClaims not made criteria (a rubric has at most "
                + RubricValidator.MAX_CRITERIA + "):\n" + String.join("\n", left);
        return new Rubric(rubric.questionId(), rubric.version(), rubric.status(), kept, notes);
    }

    private String raw(LlmRubricDraft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            return String.valueOf(draft);
        }
    }
}
