package dev.viva.grading.llm;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import dev.viva.llm.LlmUnavailableException;
import dev.viva.llm.MalformedReplyException;
import dev.viva.llm.PromptFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.FeedbackLeakCheck;
import dev.viva.grading.Flag;
import dev.viva.grading.GraderKind;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.Grader;
import dev.viva.grading.GradingFailedException;
import dev.viva.grading.GradingInput;
import dev.viva.llm.LlmCallFailedException;
import dev.viva.llm.LlmConfig;
import dev.viva.llm.UnusableReplyException;
import dev.viva.llm.ValidatedCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades with an LLM: one call per sample grades every criterion of the rubric; a malformed reply
 * gets one repair call; the samples are combined by majority. The model never returns a total.
 * Everything that shaped the result (model, settings, prompt hashes, tokens) goes into the output.
 * Blocking, with no locks held: meant to run on virtual or worker threads.
 */
@ApplicationScoped
public class LlmGrader implements Grader {

    private final AnswerGrader grader;
    private final ValidatedCalls calls;
    private final PromptFiles prompts;
    private final LlmConfig llm;
    private final LlmGradingConfig config;
    private final ObjectMapper json;

    public LlmGrader(AnswerGrader grader, ValidatedCalls calls, PromptFiles prompts, LlmConfig llm,
            LlmGradingConfig config, ObjectMapper json) {
        this.grader = grader;
        this.calls = calls;
        this.prompts = prompts;
        this.llm = llm;
        this.config = config;
        this.json = json;
    }

    @Override
    public GraderKind kind() {
        return GraderKind.LLM;
    }

    @Override
    public boolean available() {
        return llm.enabled();
    }

    @WithSpan("viva.grader")
    @Override
    public GraderOutput grade(GradingInput input) {
        if (!available()) {
            throw new GradingFailedException("The LLM grader is not enabled (viva.llm.enabled)", false, null);
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
                llm.model(), settings(tally), prompts.hashes(used),
                new GraderOutput.Usage(tally.tokensIn, tally.tokensOut));
    }

    /** One independent grading, repaired once if the reply is unusable. */
    private GradingValidator.ValidGrading sample(GradingInput input, Tally tally) {
        GradingPrompt p = GradingPrompt.of(input, json);
        FeedbackLeakCheck leaks = FeedbackLeakCheck.against(input.modelAnswer(), input.rubric());
        // Feedback that repeats the answer key is sent back once (the repair call); after that it is accepted
        // and the leaking sentences are dropped, so a leak never fails a grading.
        java.util.concurrent.atomic.AtomicBoolean firstReply = new java.util.concurrent.atomic.AtomicBoolean(true);
        ValidatedCalls.Outcome<GradingValidator.ValidGrading> outcome;
        try {
            outcome = calls.call("grading",
                    () -> grader.grade(p.questionText(), p.modelAnswer(), p.criteria(), p.fence(), p.marker(), p.answer(),
                            p.feedbackLanguage()),
                    reply -> check(reply, input, firstReply.getAndSet(false) ? leaks : null),
                    (previous, error) -> grader.repair(p.questionText(), p.modelAnswer(), p.criteria(), p.fence(),
                            p.marker(), p.answer(), p.feedbackLanguage(), previous, error),
                    this::raw);
        } catch (UnusableReplyException e) {
            throw new GradingFailedException("The model's grading was malformed twice: "
                    + String.join("; ", e.problems()), true, e);
        } catch (LlmUnavailableException e) {
            throw new GradingFailedException("The model server is unavailable; grade again later: " + e.getMessage(),
                    true, e);
        } catch (LlmCallFailedException e) {
            throw new GradingFailedException(e.getMessage(), e.retryable(), e);
        }
        tally.add(outcome);
        GradingValidator.ValidGrading valid = unmarked(outcome.value(), p);
        return new GradingValidator.ValidGrading(valid.verdicts(), leaks.withoutLeaks(valid.feedback()));
    }

    private static GradingValidator.ValidGrading unmarked(GradingValidator.ValidGrading grading, GradingPrompt p) {
        return new GradingValidator.ValidGrading(grading.verdicts().stream()
                .map(v -> new CriterionVerdict(v.criterionId(), v.verdict(), v.evidence().stream().map(p::unmark).toList(),
                        v.rationale()))
                .toList(), grading.feedback());
    }

    /** @param leaks the answer key to keep out of the feedback, or null to let leaks through (dropped later) */
    private static ValidatedCalls.Checked<GradingValidator.ValidGrading> check(LlmGrading reply, GradingInput input,
            FeedbackLeakCheck leaks) {
        try {
            GradingValidator.ValidGrading valid = GradingValidator.validate(reply, input.rubric());
            if (leaks != null && leaks.leaks(valid.feedback())) {
                return ValidatedCalls.Checked.invalid(List.of("the feedback repeats the reference answer or a rubric "
                        + "criterion word for word; write the feedback again in your own words, naming topics to "
                        + "study without stating the correct content"));
            }
            return ValidatedCalls.Checked.valid(valid);
        } catch (MalformedReplyException e) {
            return ValidatedCalls.Checked.invalid(List.of(e.getMessage()));
        }
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
        settings.put("temperature", llm.temperature());
        settings.put("samples", Math.max(1, config.samples()));
        settings.put("responseFormat", llm.responseFormat());
        settings.put("minConfidence", config.minConfidence());
        settings.put("calls", tally.calls);
        settings.put("repaired", tally.repaired);
        if (llm.pricePer1kInputTokens().isPresent() || llm.pricePer1kOutputTokens().isPresent()) {
            double cost = tally.tokensIn / 1000.0 * llm.pricePer1kInputTokens().orElse(0.0)
                    + tally.tokensOut / 1000.0 * llm.pricePer1kOutputTokens().orElse(0.0);
            settings.put("cost", Math.round(cost * 1_000_000) / 1_000_000.0);
        }
        return settings;
    }

    /** Tokens and calls across the samples and repairs of one grading. */
    private static final class Tally {
        long tokensIn;
        long tokensOut;
        int calls;
        boolean repaired;

        void add(ValidatedCalls.Outcome<?> outcome) {
            tokensIn += outcome.tokensIn();
            tokensOut += outcome.tokensOut();
            calls += outcome.calls();
            repaired |= outcome.repaired();
        }
    }
}
