package dev.viva.grading.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import dev.viva.grading.Flag;
import dev.viva.grading.GraderKind;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.Grader;
import dev.viva.grading.GradingFailedException;
import dev.viva.grading.GradingInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Grades with an LLM: one call per sample grades every criterion of the rubric; a malformed reply
 * gets one repair call; the samples are combined by majority. The model never returns a total.
 * Everything that shaped the result (model, settings, prompt hashes, tokens) goes into the output.
 * Blocking, with no locks held: meant to run on virtual or worker threads.
 */
@ApplicationScoped
public class LlmGrader implements Grader {

    private static final Logger LOG = Logger.getLogger(LlmGrader.class);

    private final AnswerGraderCalls calls;
    private final PromptFiles prompts;
    private final LlmGradingConfig config;
    private final ObjectMapper json;

    public LlmGrader(AnswerGraderCalls calls, PromptFiles prompts, LlmGradingConfig config, ObjectMapper json) {
        this.calls = calls;
        this.prompts = prompts;
        this.config = config;
        this.json = json;
    }

    @Override
    public GraderKind kind() {
        return GraderKind.LLM;
    }

    @Override
    public boolean available() {
        return config.enabled();
    }

    @Override
    public GraderOutput grade(GradingInput input) {
        if (!available()) {
            throw new GradingFailedException("The LLM grader is not enabled (viva.grading.llm.enabled)", false, null);
        }
        Tally tally = new Tally();
        List<GradingValidator.ValidGrading> samples = new ArrayList<>();
        for (int i = 0; i < Math.max(1, config.samples()); i++) {
            samples.add(sample(input, tally));
        }
        SampleVote.Outcome outcome = SampleVote.decide(input.rubric(), samples);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (outcome.confidence() < config.minConfidence()) {
            flags.add(Flag.LOW_CONFIDENCE);
        }
        List<String> used = tally.repaired
                ? List.of(AnswerGrader.SYSTEM_PROMPT, AnswerGrader.USER_PROMPT, AnswerGrader.REPAIR_PROMPT)
                : List.of(AnswerGrader.SYSTEM_PROMPT, AnswerGrader.USER_PROMPT);
        return new GraderOutput(outcome.verdicts(), samples.getFirst().feedback(), flags, outcome.confidence(),
                config.model(), settings(tally), prompts.hashes(used),
                new GraderOutput.Usage(tally.tokensIn, tally.tokensOut));
    }

    /** One independent grading, repaired once if the reply is unusable. */
    private GradingValidator.ValidGrading sample(GradingInput input, Tally tally) {
        GradingPrompt p = GradingPrompt.of(input, json);
        LlmGrading reply = null;
        String previous;
        String error;
        try {
            reply = call(grader -> grader.grade(p.questionText(), p.modelAnswer(), p.criteria(), p.fence(),
                    p.answer()), tally);
            return GradingValidator.validate(reply, input.rubric());
        } catch (MalformedGradingException e) {
            error = e.getMessage();
            previous = e.reply() != null ? e.reply() : reply != null ? raw(reply) : "(no usable reply)";
        }
        LOG.debugf("Malformed grading for %s, asking for a repair: %s", input.questionId(), error);
        tally.repaired = true;
        try {
            LlmGrading repaired = call(grader -> grader.repair(p.questionText(), p.modelAnswer(), p.criteria(),
                    p.fence(), p.answer(), previous, error), tally);
            return GradingValidator.validate(repaired, input.rubric());
        } catch (MalformedGradingException second) {
            throw new GradingFailedException("The model's grading was malformed twice: " + second.getMessage(), true,
                    second);
        }
    }

    /** Sends one call through the fault-tolerance guard and adds its tokens. */
    private LlmGrading call(Function<AnswerGrader, Result<LlmGrading>> request, Tally tally) {
        Result<LlmGrading> result;
        tally.calls++;
        try {
            result = calls.send(request);
        } catch (LlmUnavailableException | CircuitBreakerOpenException e) {
            throw new GradingFailedException("The model server is unavailable; grade again later: " + e.getMessage(),
                    true, e);
        }
        tally.add(result.tokenUsage());
        return result.content();
    }

    private String raw(LlmGrading grading) {
        try {
            return json.writeValueAsString(grading);
        } catch (JsonProcessingException e) {
            return String.valueOf(grading);
        }
    }

    private Map<String, Object> settings(Tally tally) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("temperature", config.temperature());
        settings.put("samples", Math.max(1, config.samples()));
        settings.put("responseFormat", config.responseFormat());
        settings.put("minConfidence", config.minConfidence());
        settings.put("calls", tally.calls);
        settings.put("repaired", tally.repaired);
        if (config.pricePer1kInputTokens().isPresent() || config.pricePer1kOutputTokens().isPresent()) {
            double cost = tally.tokensIn / 1000.0 * config.pricePer1kInputTokens().orElse(0.0)
                    + tally.tokensOut / 1000.0 * config.pricePer1kOutputTokens().orElse(0.0);
            settings.put("cost", Math.round(cost * 1_000_000) / 1_000_000.0);
        }
        return settings;
    }

    /**
     * Tokens and calls across the samples and repairs of one grading. The tokens of a reply that
     * could not be parsed are not known: LangChain4j fails before it hands back the usage.
     */
    private static final class Tally {
        long tokensIn;
        long tokensOut;
        int calls;
        boolean repaired;

        void add(TokenUsage usage) {
            if (usage != null) {
                tokensIn += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
                tokensOut += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            }
        }
    }
}
