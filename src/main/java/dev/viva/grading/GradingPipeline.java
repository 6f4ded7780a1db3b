package dev.viva.grading;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Grades one stored answer: guard, grade, verify the evidence, total in code, decide on review.
 * It touches no database, so a slow LLM never holds a connection.
 */
@ApplicationScoped
public class GradingPipeline {

    private static final int TOO_SHORT_WORDS = 3;

    private final AnswerGuard guard;
    private final GraderSelector graders;
    private final GradingConfig config;
    private final Tracer tracer;

    public GradingPipeline(AnswerGuard guard, GraderSelector graders, GradingConfig config, Tracer tracer) {
        this.guard = guard;
        this.graders = graders;
        this.config = config;
        this.tracer = tracer;
    }

    /**
     * Throws {@link GradingFailedException} when no trustworthy result could be produced. Traced as the
     * span {@code viva.grade} with the steps {@code viva.guard}, {@code viva.grader} (with the model
     * call inside it) and {@code viva.verify} beneath it.
     */
    @WithSpan("viva.grade")
    public GradingOutcome grade(GraderKind requested, String questionId, String questionText, String modelAnswer,
            Rubric rubric, String answer) {
        long started = System.nanoTime();
        GraderKind kind = graders.resolve(requested);
        AnswerGuard.GuardedAnswer guarded = guard.inspect(answer);
        RubricEcho.Result withoutEcho = RubricEcho.cut(guarded.gradable(), rubric.criteria(), modelAnswer);
        String gradable = withoutEcho.text();
        GradingInput input = new GradingInput(questionId, questionText, modelAnswer, rubric, gradable);

        GraderOutput output = graders.get(kind).grade(input);
        EvidenceVerifier.Verified verified = verify(answer, gradable, rubric, output);

        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(output.flags());
        if (guarded.injectionSuspected()) {
            flags.add(Flag.INJECTION_SUSPECTED);
        }
        if (verified.unverified()) {
            flags.add(Flag.EVIDENCE_UNVERIFIED);
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
        BigDecimal score = ScoreCalculator.total(rubric, verified.verdicts());
        Map<String, Object> crossCheck = Map.of();
        if (requested == GraderKind.AUTO && kind == GraderKind.LLM) {
            crossCheck = crossCheck(answer, input, rubric, score, flags);
        }
        long latencyMillis = (System.nanoTime() - started) / 1_000_000;
        return new GradingOutcome(kind, score, verified.verdicts(), ScoreCalculator.points(rubric, verified.verdicts()),
                verified.unverifiedCriteria(), output, flags, guarded.findings(), crossCheck, latencyMillis);
    }

    private EvidenceVerifier.Verified verify(String submitted, String graded, Rubric rubric, GraderOutput output) {
        Span span = tracer.spanBuilder("viva.verify").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return EvidenceVerifier.verify(submitted, graded, complete(rubric, output.verdicts()));
        } finally {
            span.end();
        }
    }

    /** Runs the offline grader beside the LLM; a large gap between them is a reason for a person to look. */
    private Map<String, Object> crossCheck(String submitted, GradingInput input, Rubric rubric, BigDecimal llmScore,
            Set<Flag> flags) {
        return graders.offline().map(offline -> {
            GraderOutput second = offline.grade(input);
            BigDecimal offlineScore = ScoreCalculator.total(rubric,
                    EvidenceVerifier.verify(submitted, input.answer(), complete(rubric, second.verdicts())).verdicts());
            if (llmScore.subtract(offlineScore).abs().doubleValue() >= config.disagreementPoints()) {
                flags.add(Flag.GRADERS_DISAGREE);
            }
            return Map.<String, Object>of("offlineScore", offlineScore, "offlineModel", second.model());
        }).orElse(Map.of());
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
            Map<String, BigDecimal> points, Set<String> unverifiedCriteria, GraderOutput output, Set<Flag> flags, List<String> injectionFindings,
            Map<String, Object> crossCheck, long latencyMillis) {

        public boolean needsReview() {
            return !flags.isEmpty();
        }
    }
}
