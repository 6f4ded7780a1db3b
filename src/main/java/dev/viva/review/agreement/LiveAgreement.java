package dev.viva.review.agreement;

import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.Provenance;
import dev.viva.support.DateParameter;
import dev.viva.support.Hashes;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Computes live agreement from reviewed evaluations: machine verdicts against the reviewed ones. */
@ApplicationScoped
public class LiveAgreement {

    private final EvaluationRepository evaluations;
    private final AnonymousGradings anonymous;

    public LiveAgreement(EvaluationRepository evaluations, AnonymousGradings anonymous) {
        this.evaluations = evaluations;
        this.anonymous = anonymous;
    }

    private record Key(String questionId, int rubricVersion, String promptHash, String model, String grader) {
    }

    @Transactional
    public LiveAgreementReport report(String questionId, String from, String to) {
        List<String> where = new ArrayList<>(List.of("reviewedAt is not null", "reviewedCriteria is not null"));
        Parameters params = new Parameters();
        if (questionId != null && !questionId.isBlank()) {
            where.add("questionId = :questionId");
            params.and("questionId", questionId);
        }
        if (from != null && !from.isBlank()) {
            where.add("reviewedAt >= :from");
            params.and("from", DateParameter.from(from));
        }
        if (to != null && !to.isBlank()) {
            where.add("reviewedAt < :to");
            params.and("to", DateParameter.to(to));
        }
        List<Reviewed> reviewed = new ArrayList<>();
        evaluations.find(String.join(" and ", where), Sort.ascending("reviewedAt"), params).list()
                .forEach(e -> reviewed.add(Reviewed.of(e)));
        anonymous(questionId, from, to).forEach(a -> reviewed.add(Reviewed.of(a)));
        Map<Key, List<Reviewed>> byKey = reviewed.stream().collect(Collectors.groupingBy(Reviewed::key,
                () -> new TreeMap<>(Comparator.comparing(Key::questionId).thenComparing(Key::rubricVersion)
                        .thenComparing(Key::promptHash).thenComparing(Key::model)
                        .thenComparing(Key::grader, Comparator.nullsFirst(Comparator.naturalOrder()))),
                Collectors.toList()));
        List<LiveAgreementReport.Group> groups = byKey.entrySet().stream().map(e -> group(e.getKey(), e.getValue()))
                .toList();
        AgreementFigures overall = groups.stream().map(LiveAgreementReport.Group::figures)
                .reduce(AgreementFigures.of(0, 0), AgreementFigures::plus);
        return new LiveAgreementReport(blankToNull(questionId), blankToNull(from), blankToNull(to), overall, groups);
    }

    private static LiveAgreementReport.Group group(Key key, List<Reviewed> evaluations) {
        Map<String, long[]> criteria = new LinkedHashMap<>();
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (Reviewed e : evaluations) {
            LocalDate week = e.reviewedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] w = weeks.computeIfAbsent(week, d -> new long[3]);
            w[2]++;
            for (Map.Entry<String, String> machine : e.machine().entrySet()) {
                String human = e.human().get(machine.getKey());
                boolean changed = human != null && !human.equals(machine.getValue());
                long[] c = criteria.computeIfAbsent(machine.getKey(), id -> new long[2]);
                c[0]++;
                w[0]++;
                if (changed) {
                    c[1]++;
                    w[1]++;
                }
            }
        }
        List<LiveAgreementReport.CriterionFigures> perCriterion = criteria.entrySet().stream()
                .map(c -> new LiveAgreementReport.CriterionFigures(c.getKey(), AgreementFigures.of(c.getValue()[0],
                        c.getValue()[1]))).toList();
        List<LiveAgreementReport.WeekFigures> perWeek = weeks.entrySet().stream()
                .map(w -> new LiveAgreementReport.WeekFigures(w.getKey().getYear() + "-W"
                        + String.format("%02d", w.getKey().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), w.getKey(),
                        w.getValue()[2], AgreementFigures.of(w.getValue()[0], w.getValue()[1]))).toList();
        AgreementFigures total = perCriterion.stream().map(LiveAgreementReport.CriterionFigures::figures)
                .reduce(AgreementFigures.of(0, 0), AgreementFigures::plus);
        return new LiveAgreementReport.Group(key.questionId(), key.rubricVersion(), key.promptHash(), key.model(),
                key.grader(), evaluations.size(), total, perCriterion, perWeek);
    }

    /** Reviewed gradings kept without the person after retention or an erasure deleted their evaluations. */
    private List<AnonymousGrading> anonymous(String questionId, String from, String to) {
        List<String> where = new ArrayList<>(List.of("reviewedOn is not null", "reviewedVerdicts is not null"));
        Parameters params = new Parameters();
        if (questionId != null && !questionId.isBlank()) {
            where.add("questionId = :questionId");
            params.and("questionId", questionId);
        }
        if (from != null && !from.isBlank()) {
            where.add("reviewedOn >= :from");
            params.and("from", DateParameter.from(from).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        }
        if (to != null && !to.isBlank()) {
            where.add("reviewedOn < :to");
            params.and("to", DateParameter.to(to).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        }
        return anonymous.find(String.join(" and ", where), Sort.ascending("reviewedOn"), params).list();
    }

    /** One reviewed grading: its group, the day of its review, the machine's and the reviewers' verdicts by criterion. */
    private record Reviewed(Key key, LocalDate reviewedOn, Map<String, String> machine, Map<String, String> human) {

        static Reviewed of(Evaluation e) {
            Map<String, String> machine = new LinkedHashMap<>();
            e.criteria.forEach(c -> machine.put(c.criterionId(), c.verdict().name()));
            Map<String, String> human = new LinkedHashMap<>();
            e.reviewedCriteria.forEach(c -> human.putIfAbsent(c.criterionId(), c.verdict().name()));
            return new Reviewed(LiveAgreement.key(e), e.reviewedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), machine, human);
        }

        static Reviewed of(AnonymousGrading a) {
            return new Reviewed(new Key(a.questionId, a.rubricVersion, a.promptHash, a.model, a.grader), a.reviewedOn,
                    a.verdicts, a.reviewedVerdicts);
        }
    }

    private static Key key(Evaluation e) {
        Provenance p = e.provenance;
        if (p == null) {
            return new Key(e.questionId, 0, "none", "unknown", "unknown");
        }
        return new Key(e.questionId, p.rubricVersion(), promptHash(p.prompts()), p.model() == null ? "unknown" : p.model(),
                p.grader() == null ? "unknown" : p.grader().name().toLowerCase());
    }

    /** One hash for the set of prompt files used; "none" for a grader without prompts. */
    static String promptHash(Map<String, String> prompts) {
        if (prompts == null || prompts.isEmpty()) {
            return "none";
        }
        String joined = new TreeMap<>(prompts).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return Hashes.sha256(joined).substring(0, 16);
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
