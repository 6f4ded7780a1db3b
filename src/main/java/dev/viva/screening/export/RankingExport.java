package dev.viva.screening.export;

import dev.viva.evaluation.CriterionResult;
import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.question.Viewer;
import dev.viva.screening.Screening;
import dev.viva.screening.Screenings;
import dev.viva.screening.ranking.Ranking;
import dev.viva.screening.ranking.Rankings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A screening's result as CSV for a spreadsheet or an ATS: one row per candidate in rank order, or
 * one row per criterion verdict. Names follow the ranking's blind rule; every cell is neutralised
 * against formula injection.
 */
@ApplicationScoped
public class RankingExport {

    private final Rankings rankings;
    private final Screenings screenings;
    private final EvaluationRepository evaluations;

    public RankingExport(Rankings rankings, Screenings screenings, EvaluationRepository evaluations) {
        this.rankings = rankings;
        this.screenings = screenings;
        this.evaluations = evaluations;
    }

    /** rank, candidateRef, score, one column per question, decision, reviewer. */
    public String candidates(UUID screeningId, Viewer caller) {
        Screening s = screenings.require(screeningId, caller);
        Ranking ranking = rankings.of(screeningId, caller);
        List<String> header = new ArrayList<>(List.of("rank", "candidateRef", "score"));
        header.addAll(s.questionIds);
        header.addAll(List.of("complete", "decision", "reviewer"));
        List<List<String>> rows = new ArrayList<>();
        for (Ranking.Item item : ranking.items()) {
            List<String> row = new ArrayList<>();
            row.add(item.rank() == null ? "" : item.rank().toString());
            row.add(item.candidateRef());
            row.add(text(item.score()));
            item.questions().forEach(q -> row.add(text(q.score())));
            row.add(Boolean.toString(item.complete()));
            row.add(item.decision() == null ? "" : item.decision());
            row.add(item.decidedBy() == null ? "" : item.decidedBy());
            rows.add(row);
        }
        return csv(header, rows);
    }

    /** One row per criterion verdict: candidateRef, questionId, criterionId, verdict, points, weight, reviewed. */
    public String criteria(UUID screeningId, Viewer caller) {
        screenings.require(screeningId, caller);
        Ranking ranking = rankings.of(screeningId, caller);
        Map<UUID, Evaluation> byId = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() ->
                evaluations.list("screeningId", screeningId).forEach(e -> byId.put(e.id, e)));
        List<List<String>> rows = new ArrayList<>();
        for (Ranking.Item item : ranking.items()) {
            for (Ranking.QuestionScore q : item.questions()) {
                Evaluation e = q.evaluationId() == null ? null : byId.get(q.evaluationId());
                if (e == null || e.criteria == null) {
                    continue;
                }
                boolean reviewed = e.reviewedCriteria != null;
                for (CriterionResult c : reviewed ? e.reviewedCriteria : e.criteria) {
                    rows.add(List.of(item.candidateRef(), q.questionId(), c.criterionId(),
                            c.verdict().name().toLowerCase(java.util.Locale.ROOT), text(c.points()),
                            Double.toString(c.weight()), Boolean.toString(reviewed)));
                }
            }
        }
        return csv(List.of("candidateRef", "questionId", "criterionId", "verdict", "points", "weight", "reviewed"), rows);
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCells::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
