package dev.viva.rubric.writer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.service.Result;
import dev.viva.grading.llm.LlmGradingConfig;
import dev.viva.grading.llm.MalformedGradingException;
import dev.viva.problem.ProblemException;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.Criterion;
import dev.viva.rubric.Rubric;
import dev.viva.rubric.RubricValidator;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionService;
import dev.viva.rubric.offline.OfflineRubricBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Drafts a rubric from a question's model answer, with the LLM ({@link RubricWriter}) or offline
 * ({@link OfflineRubricBuilder}), validates it like a rubric file and stores it as a draft version
 * (origin "llm" or "offline"). An LLM draft that is invalid gets one repair call; invalid twice, it
 * is a 502 and nothing is stored. No transaction is held while the model writes.
 */
@ApplicationScoped
public class RubricDrafter {

    private static final Logger LOG = Logger.getLogger(RubricDrafter.class);

    private final QuestionRepository questions;
    private final WriterCalls calls;
    private final OfflineRubricBuilder offline;
    private final RubricValidator validator;
    private final RubricVersionService versions;
    private final LlmGradingConfig llm;
    private final ObjectMapper json;

    public RubricDrafter(QuestionRepository questions, WriterCalls calls, OfflineRubricBuilder offline,
            RubricValidator validator, RubricVersionService versions, LlmGradingConfig llm, ObjectMapper json) {
        this.questions = questions;
        this.calls = calls;
        this.offline = offline;
        this.validator = validator;
        this.versions = versions;
        this.llm = llm;
        this.json = json;
    }

    public RubricVersion draft(String questionId, DraftSource source) {
        Question q = QuarkusTransaction.requiringNew().call(() -> questions.findByIdOptional(questionId))
                .orElseThrow(() -> ProblemException.notFound("Question", questionId));
        if (q.modelAnswer == null || q.modelAnswer.isBlank()) {
            throw new ProblemException(422, "No model answer", "Question '" + questionId + "' has no model answer "
                    + "to build a rubric from; draft one with POST /api/questions/" + questionId
                    + "/model-answer/drafts and approve it first.");
        }
        boolean useLlm = switch (source == null ? DraftSource.auto : source) {
            case auto -> llm.enabled();
            case llm -> {
                if (!llm.enabled()) {
                    throw DraftProblems.noLlm("Drafting a rubric with builder=llm");
                }
                yield true;
            }
            case offline -> false;
        };
        return useLlm ? withLlm(q) : withoutLlm(q);
    }

    private RubricVersion withLlm(Question q) {
        String topic = q.topic == null ? "(none)" : q.topic;
        LlmRubricDraft reply;
        String previous;
        List<String> problems;
        try {
            reply = call(w -> w.write(topic, q.text, q.modelAnswer));
            problems = problems(reply, q.id);
            if (problems.isEmpty()) {
                return store(q.id, reply.toRubric(q.id), "llm", reply);
            }
            previous = raw(reply);
        } catch (MalformedGradingException e) {
            problems = List.of("the reply is not the expected JSON (" + e.getMessage() + ")");
            previous = e.reply() == null ? "(no usable reply)" : e.reply();
        }
        LOG.debugf("Unusable rubric draft for %s, asking for a repair: %s", q.id, problems);
        String why = String.join("; ", problems);
        String before = previous;
        try {
            LlmRubricDraft repaired = call(w -> w.repair(topic, q.text, q.modelAnswer, before, why));
            List<String> second = problems(repaired, q.id);
            if (second.isEmpty()) {
                return store(q.id, repaired.toRubric(q.id), "llm", repaired);
            }
            throw DraftProblems.invalidOutput("rubric", second);
        } catch (MalformedGradingException e) {
            throw DraftProblems.invalidOutput("rubric", List.of("the reply is not the expected JSON"));
        }
    }

    private RubricVersion withoutLlm(Question q) {
        Rubric built = offline.build(q.id, q.text, q.modelAnswer);
        Rubric rubric = capped(built);
        List<String> problems = validator.validate(rubric, q.id);
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "No usable offline draft", "The model answer of '" + q.id
                    + "' gives no usable rubric offline: " + String.join("; ", problems),
                    Map.of("problems", problems));
        }
        return versions.storeDraft(rubric, "offline", "offline-rubric-builder", List.of());
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

    private List<String> problems(LlmRubricDraft reply, String questionId) {
        if (reply == null) {
            return List.of("the reply is empty");
        }
        List<String> shape = reply.shapeProblems();
        return shape.isEmpty() ? validator.validate(reply.toRubric(questionId), questionId) : shape;
    }

    private RubricVersion store(String questionId, Rubric rubric, String origin, LlmRubricDraft reply) {
        return versions.storeDraft(rubric, origin, llm.model(), reply.findings());
    }

    private LlmRubricDraft call(Function<RubricWriter, Result<LlmRubricDraft>> request) {
        try {
            return calls.rubric(request).content();
        } catch (MalformedGradingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw DraftProblems.callFailed(e);
        }
    }

    private String raw(LlmRubricDraft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            return String.valueOf(draft);
        }
    }
}
