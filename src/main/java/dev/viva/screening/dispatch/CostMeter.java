package dev.viva.screening.dispatch;

import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;
import dev.viva.evaluation.GradingContext;
import dev.viva.evaluation.GradingContexts;
import dev.viva.llm.PromptFiles;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningConfig;
import dev.viva.screening.ScreeningRepository;
import dev.viva.screening.Screenings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a screening's model calls cost: recorded (the tokens every stored grading reports, at the
 * configured prices) and estimated before anything is sent (the grading prompt of each question
 * and each stored answer counted with the model's tokenizer, plus the expected reply).
 */
@ApplicationScoped
public class CostMeter {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final List<String> PROMPTS = List.of("grade-answer.system.md", "grade-answer.user.md");

    private final ScreeningRepository screenings;
    private final Screenings service;
    private final GradingContexts contexts;
    private final ScreeningConfig config;
    private final OpenAiTokenCountEstimator tokenizer;
    private final String promptText;

    public CostMeter(ScreeningRepository screenings, Screenings service, GradingContexts contexts,
            ScreeningConfig config, @ConfigProperty(name = "viva.llm.model", defaultValue = "gpt-4o-mini") String model) {
        this.screenings = screenings;
        this.service = service;
        this.contexts = contexts;
        this.config = config;
        this.tokenizer = tokenizerFor(model);
        this.promptText = String.join("\n", PROMPTS.stream()
                .map(name -> new String(PromptFiles.read(name), StandardCharsets.UTF_8)).toList());
    }

    /** The estimate and what is recorded so far. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CostEstimate")
    public record Estimate(long answers, long answersToGrade, long estimatedTokensIn, long estimatedTokensOut,
            BigDecimal estimatedCost, BigDecimal estimatedCostToGrade, BigDecimal recordedCost, BigDecimal budget,
            String currency, BigDecimal inputPricePerMillionTokens, BigDecimal outputPricePerMillionTokens,
            boolean callsModel) {
    }

    /** Whether the screening's recorded cost has reached its budget (false without a budget). */
    public boolean budgetReached(Screening s) {
        BigDecimal budget = service.budgetOf(s);
        return budget != null && recordedCost(s.id).compareTo(budget) >= 0;
    }

    public BigDecimal recordedCost(UUID screeningId) {
        Object[] tokens = QuarkusTransaction.requiringNew().call(() -> (Object[]) screenings.getEntityManager()
                .createNativeQuery("SELECT COALESCE(SUM(CAST(provenance->>'tokensIn' AS BIGINT)), 0),"
                        + " COALESCE(SUM(CAST(provenance->>'tokensOut' AS BIGINT)), 0)"
                        + " FROM {h-schema}evaluation WHERE screening_id = :s AND provenance IS NOT NULL")
                .setParameter("s", screeningId).getSingleResult());
        return cost(((Number) tokens[0]).longValue(), ((Number) tokens[1]).longValue());
    }

    public Estimate estimate(Screening s, boolean callsModel) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long answers = 0;
            long toGrade = 0;
            long tokensIn = 0;
            long tokensInToGrade = 0;
            double tokensPerChar = tokensPerAnswerChar(s.id);
            for (String questionId : s.questionIds) {
                Object[] row = (Object[]) screenings.getEntityManager().createNativeQuery(
                        "SELECT count(*), COALESCE(SUM(length(answer)), 0),"
                                + " COALESCE(SUM(CASE WHEN status = 'UNGRADED' THEN 1 ELSE 0 END), 0),"
                                + " COALESCE(SUM(CASE WHEN status = 'UNGRADED' THEN length(answer) ELSE 0 END), 0)"
                                + " FROM {h-schema}evaluation WHERE screening_id = :s AND question_id = :q")
                        .setParameter("s", s.id).setParameter("q", questionId).getSingleResult();
                long n = ((Number) row[0]).longValue();
                long chars = ((Number) row[1]).longValue();
                long m = ((Number) row[2]).longValue();
                long charsToGrade = ((Number) row[3]).longValue();
                GradingContext context = contexts.target(questionId).context();
                long perAnswer = context == null ? 0 : promptTokens(context);
                answers += n;
                toGrade += m;
                tokensIn += n * perAnswer + Math.round(chars * tokensPerChar);
                tokensInToGrade += m * perAnswer + Math.round(charsToGrade * tokensPerChar);
            }
            long out = (long) config.estimatedOutputTokens();
            BigDecimal budget = service.budgetOf(s);
            return new Estimate(answers, toGrade, tokensIn, answers * out, cost(tokensIn, answers * out),
                    cost(tokensInToGrade, toGrade * out), recordedCost(s.id), budget, config.price().currency(),
                    config.price().inputPerMillionTokens(), config.price().outputPerMillionTokens(), callsModel);
        });
    }

    /** The prompt around one answer: both prompt files with the question, model answer and criteria. */
    private long promptTokens(GradingContext context) {
        StringBuilder text = new StringBuilder(promptText).append('\n').append(context.questionText()).append('\n')
                .append(context.modelAnswer() == null ? "" : context.modelAnswer());
        context.rubric().criteria().forEach(c -> text.append('\n').append(c.id()).append(' ').append(c.description())
                .append(' ').append(String.join(" ", c.examples())));
        return tokenizer.estimateTokenCountInText(text.toString());
    }

    /** Tokens per character of this screening's answers, measured on a sample of them (4 chars a token without any). */
    private double tokensPerAnswerChar(UUID screeningId) {
        @SuppressWarnings("unchecked")
        List<String> sample = screenings.getEntityManager().createNativeQuery(
                "SELECT answer FROM {h-schema}evaluation WHERE screening_id = :s LIMIT 200")
                .setParameter("s", screeningId).getResultList();
        long chars = sample.stream().mapToLong(String::length).sum();
        long tokens = sample.stream().mapToLong(tokenizer::estimateTokenCountInText).sum();
        return chars == 0 ? 0.25 : (double) tokens / chars;
    }

    private BigDecimal cost(long tokensIn, long tokensOut) {
        return config.price().inputPerMillionTokens().multiply(BigDecimal.valueOf(tokensIn))
                .add(config.price().outputPerMillionTokens().multiply(BigDecimal.valueOf(tokensOut)))
                .divide(MILLION, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_UP);
    }

    /** The model's own tokenizer where jtokkit knows it, else GPT-4o's (an estimate either way). */
    private static OpenAiTokenCountEstimator tokenizerFor(String model) {
        try {
            return new OpenAiTokenCountEstimator(model);
        } catch (RuntimeException unknownModel) {
            return new OpenAiTokenCountEstimator("gpt-4o-mini");
        }
    }
}
