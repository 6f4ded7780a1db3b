package dev.viva.grading;

import dev.viva.text.TextLanguage;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import dev.viva.text.SentenceEmbedder;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Grades one stored answer: guard, grade, verify the evidence (submitted, graded, relevant), take the
 * offline grader's second opinion on an LLM grading, total in code, decide on review.
 * It touches no database, so a slow LLM never holds a connection.
 */
@ApplicationScoped
public class GradingPipeline {

    private static final int TOO_SHORT_WORDS = 3;

    private final AnswerGuard guard;
    private final GraderSelector graders;
    private final GradingConfig config;
    private final EvidenceRelevance relevance;
    private final Tracer tracer;
    private final TextLanguage languages;

    public GradingPipeline(AnswerGuard guard, GraderSelector graders, GradingConfig config, SentenceEmbedder embedder,
            Tracer tracer, TextLanguage languages) {
        this.languages = languages;
        this.guard = guard;
        this.graders = graders;
        this.config = config;
        this.relevance = new EvidenceRelevance(embedder, config.evidence().minRelevance());
        this.tracer = tracer;
    }

    /**
     * Throws {@link GradingFailedException} when no trustworthy result could be produced. Traced as the
     * span {@code viva.grade} with the steps {@code viva.guard}, {@code viva.grader} (with the model
     * call inside it), {@code viva.verify} and, on the LLM path, {@code viva.second-opinion} beneath it.
     */
    public GradingOutcome grade(GraderKind requested, String questionId, String questionText, String modelAnswer,
            Rubric rubric, String answer) {
        return grade(requested, questionId, questionText, modelAnswer, rubric, answer, null);
    }

    /** @param feedbackLanguage the language the learner wants the feedback in (BCP 47), or null for English */
    @WithSpan("viva.grade")
    public GradingOutcome grade(GraderKind requested, String questionId, String questionText, String modelAnswer,
            Rubric rubric, String answer, String feedbackLanguage) {
        long started = System.nanoTime();
        GraderKind kind = graders.resolve(requested);
        AnswerGuard.GuardedAnswer guarded = guard.inspect(answer);
        RubricEcho.Result withoutEcho = RubricEcho.cut(
                config.guard().cutFindings() ? guarded.gradable() : answer, rubric.criteria(), modelAnswer);
        String gradable = withoutEcho.text();
        GradingInput input = new GradingInput(questionId, questionText, modelAnswer, rubric, gradable, feedbackLanguage);

        GraderOutput output = graders.get(kind).grade(input);
        boolean secondOpinionDue = kind == GraderKind.LLM && config.secondOpinion().enabled();
        // The offline grade first: it embeds the answer's sentences, which the relevance checks then reuse.
        GraderOutput second = secondOpinionDue ? offlineOpinion(input) : null;
        Checked checked = check(answer, input, output);

        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(output.flags());
        flags.addAll(checked.flags());
        if (guarded.injectionSuspected()) {
            flags.add(Flag.INJECTION_SUSPECTED);
        }
        if (withoutEcho.echoed()) {
            flags.add(Flag.RUBRIC_ECHO);
        }
        if (wordCount(gradable) < TOO_SHORT_WORDS) {
            flags.add(Flag.TOO_SHORT);
        }
        if (output.confidence() < config.reviewConfidenceThreshold()) {
            flags.add(Flag.LOW_CONFIDENCE);
        }
        Map<String, String> language = languageOf(gradable, modelAnswer);
        if (language.containsKey("answer") && !language.get("answer").equals(language.get("rubric"))) {
            flags.add(Flag.LANGUAGE_MISMATCH);
        }
        List<CriterionVerdict> verdicts = checked.verdicts();
        Map<String, Object> secondOpinion = Map.of();
        if (secondOpinionDue) {
            SecondOpinion.Outcome opinion = weigh(answer, input, checked, second);
            verdicts = opinion.verdicts();
            secondOpinion = opinion.record();
            if (opinion.disagree() || checked.flags().contains(Flag.EVIDENCE_IRRELEVANT)) {
                flags.add(Flag.GRADERS_DISAGREE);
            }
        }
        BigDecimal score = ScoreCalculator.total(rubric, verdicts);
        long latencyMillis = (System.nanoTime() - started) / 1_000_000;
        return new GradingOutcome(kind, score, verdicts, ScoreCalculator.points(rubric, verdicts),
                checked.unverifiedCriteria(), output, flags, guarded.findings(),
                config.guard().cutFindings() ? guarded.removed() : List.of(), secondOpinion, language, latencyMillis);
    }

    /** The answer's language (when clear and the answer long enough) and the rubric's, for the flag and provenance. */
    private Map<String, String> languageOf(String answer, String modelAnswer) {
        GradingConfig.Language settings = config.language();
        String rubric = modelAnswer == null ? settings.rubricDefault()
                : languages.ofModelAnswer(modelAnswer, settings.minProbability()).orElse(settings.rubricDefault());
        if (wordCount(answer) < settings.minWords()) {
            return Map.of("rubric", rubric);
        }
        return languages.of(answer, settings.minProbability())
                .map(detected -> Map.of("answer", detected, "rubric", rubric)).orElse(Map.of("rubric", rubric));
    }

    /**
     * A grader's verdicts as they may count: every quote in the submitted text and in what was graded,
     * and about its criterion; a credit left without such a quote becomes not_met.
     */
    private Checked check(String submitted, GradingInput input, GraderOutput output) {
        Span span = tracer.spanBuilder("viva.verify").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            EvidenceVerifier.Verified verified = EvidenceVerifier.verify(submitted, input.answer(),
                    complete(input.rubric(), output.verdicts()));
            EvidenceRelevance.Checked relevant = relevance.check(input.rubric().criteria(), verified.verdicts());
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (verified.unverified()) {
                flags.add(Flag.EVIDENCE_UNVERIFIED);
            }
            if (relevant.anyIrrelevant()) {
                flags.add(Flag.EVIDENCE_IRRELEVANT);
            }
            return new Checked(relevant.verdicts(), verified.unverifiedCriteria(), flags);
        } finally {
            span.end();
        }
    }

    /** The offline grader grades the same text independently; the LLM never scores far above it unseen. */
    private GraderOutput offlineOpinion(GradingInput input) {
        Span span = tracer.spanBuilder("viva.second-opinion").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return graders.offline().orElseThrow().grade(input);
        } finally {
            span.end();
        }
    }

    private SecondOpinion.Outcome weigh(String submitted, GradingInput input, Checked llm, GraderOutput second) {
        SecondOpinion.Outcome outcome = SecondOpinion.weigh(input.rubric(), llm.verdicts(),
                check(submitted, input, second).verdicts(), config.secondOpinion().marginPoints(),
                config.disagreementPoints());
        Map<String, Object> record = new LinkedHashMap<>(outcome.record());
        record.put("offlineModel", second.model());
        return new SecondOpinion.Outcome(outcome.verdicts(), outcome.disagree(), record);
    }

    private record Checked(List<CriterionVerdict> verdicts, Set<String> unverifiedCriteria, Set<Flag> flags) {
    }

    /** One verdict per rubric criterion, in rubric order: unknown ids dropped, missing ones not_met. */
    static List<CriterionVerdict> complete(Rubric rubric, List<CriterionVerdict> verdicts) {
        Map<String, CriterionVerdict> byId = verdicts.stream()
                .collect(Collectors.toMap(CriterionVerdict::criterionId, Function.identity(), (a, b) -> a));
        return rubric.criteria().stream()
                .map(Criterion::id)
                .map(id -> byId.getOrDefault(id,
                        new CriterionVerdict(id, Verdict.NOT_MET, List.of(), "The grader gave no verdict for this criterion.")))
                .toList();
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** The result of one grading, before it is stored. */
    public record GradingOutcome(GraderKind grader, BigDecimal score, List<CriterionVerdict> verdicts,
            Map<String, BigDecimal> points, Set<String> unverifiedCriteria, GraderOutput output, Set<Flag> flags,
            List<String> injectionFindings, List<AnswerGuard.Removal> removed, Map<String, Object> secondOpinion,
            Map<String, String> language, long latencyMillis) {

        public boolean needsReview() {
            return !flags.isEmpty();
        }
    }
}
