package dev.viva.web;

import dev.viva.evaluation.CriterionResult;
import dev.viva.evaluation.Evaluation;
import dev.viva.grading.Flag;
import dev.viva.grading.Verdict;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.review.AuditEntry;
import dev.viva.review.ReviewService;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionRepository;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Everything the evaluation page shows, as plain values for the template. */
@ApplicationScoped
public class EvaluationPageModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final QuestionRepository questions;
    private final RubricVersionRepository rubrics;
    private final ReviewService reviews;

    public EvaluationPageModel(QuestionRepository questions, RubricVersionRepository rubrics, ReviewService reviews) {
        this.questions = questions;
        this.rubrics = rubrics;
        this.reviews = reviews;
    }

    @TemplateData
    public record View(String id, String questionId, String questionText, String rubricVersion, String status,
            String machineScore, String reviewedScore, String score, String candidateRef, String createdAt,
            String reviewedBy, List<AnswerHighlighter.Segment> answer, List<Row> criteria, List<String> flags,
            List<Item> provenance, List<Audit> audit, boolean graded) {
    }

    @TemplateData
    public record Row(String id, String kind, String description, String weight, String machineVerdict,
            String verdict, boolean overridden, String points, String rationale, List<String> evidence,
            boolean evidenceUnverified) {
    }

    @TemplateData
    public record Item(String name, String value) {
    }

    @TemplateData
    public record Audit(String at, String reviewer, String action, String criterionId, String before, String after,
            String reason, String scoreBefore, String scoreAfter) {
    }

    @Transactional
    public View of(Evaluation e) {
        Optional<RubricVersion> rubricVersion = Optional.ofNullable(e.rubricVersionId).flatMap(rubrics::findByIdOptional);
        Rubric rubric = rubricVersion.map(v -> v.content).orElse(null);
        List<CriterionResult> machine = e.criteria == null ? List.of() : e.criteria;
        Map<String, CriterionResult> reviewed = new LinkedHashMap<>();
        if (e.reviewedCriteria != null) {
            e.reviewedCriteria.forEach(c -> reviewed.put(c.criterionId(), c));
        }
        List<Row> rows = machine.stream().map(m -> {
            CriterionResult now = reviewed.getOrDefault(m.criterionId(), m);
            String description = rubric == null ? "" : rubric.criterion(m.criterionId()).map(Criterion::description).orElse("");
            return new Row(m.criterionId(), lower(m.kind()), description, String.valueOf(m.weight()),
                    label(m.verdict()), label(now.verdict()), now.verdict() != m.verdict(), text(now.points()),
                    m.rationale(), m.evidence(), m.evidenceUnverified());
        }).toList();
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        machine.forEach(c -> evidence.put(c.criterionId(), c.evidence()));

        List<Item> provenance = new java.util.ArrayList<>();
        if (e.provenance != null) {
            var p = e.provenance;
            provenance.add(new Item("grader", lower(p.grader())));
            provenance.add(new Item("model", p.model()));
            provenance.add(new Item("rubric", p.rubricQuestionId() + " v" + p.rubricVersion() + " (" + shortHash(p.rubricHash()) + ")"));
            if (p.prompts() != null) {
                p.prompts().forEach((name, hash) -> provenance.add(new Item("prompt " + name, shortHash(hash))));
            }
            provenance.add(new Item("tokens", p.tokensIn() + " in, " + p.tokensOut() + " out"));
            provenance.add(new Item("latency", p.latencyMillis() + " ms"));
        }
        List<Audit> audit = reviews.audit(e.id).stream().map(EvaluationPageModel::audit).toList();
        String questionText = questions.findByIdOptional(e.questionId).map((Question q) -> q.text).orElse(e.questionId);
        BigDecimal effective = e.reviewedScore != null ? e.reviewedScore : e.score;
        return new View(e.id.toString(), e.questionId, questionText,
                rubricVersion.map(v -> "v" + v.version + (v.active ? " (active)" : "")).orElse("-"),
                e.status.name().toLowerCase(Locale.ROOT), text(e.score), text(e.reviewedScore), text(effective),
                e.shownCandidateRef(), when(e.createdAt), e.reviewedBy, AnswerHighlighter.segments(e.answer, evidence), rows,
                e.flags == null ? List.of() : e.flags.stream().map(EvaluationPageModel::lower).toList(),
                provenance, audit, !machine.isEmpty());
    }

    private static Audit audit(AuditEntry a) {
        return new Audit(when(a.at()), a.reviewer(), lower(a.action()), a.criterionId(), label(a.before()),
                label(a.after()), a.reason(), text(a.scoreBefore()), text(a.scoreAfter()));
    }

    static String label(Verdict v) {
        return v == null ? "" : v.name().toLowerCase(Locale.ROOT);
    }

    static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }

    static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String when(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(java.time.ZoneOffset.UTC).format(WHEN);
    }

    private static String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
    }

    static List<String> flagNames() {
        return java.util.Arrays.stream(Flag.values()).map(EvaluationPageModel::lower).toList();
    }
}
