package dev.viva.screening.fairness;

import dev.viva.question.Viewer;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningAuditEntry;
import dev.viva.screening.ScreeningAuditRepository;
import dev.viva.screening.Screenings;
import dev.viva.screening.ranking.Ranking;
import dev.viva.screening.ranking.Rankings;
import dev.viva.support.DomainException;
import dev.viva.support.LineError;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Demographic categories (admin only, stored apart from the answers) and the adverse-impact report
 * over them. Selected means a decision to advance, or, for a candidate without a decision, a complete
 * score at or above the threshold.
 */
@ApplicationScoped
public class AdverseImpact {

    public static final int MINIMUM_CATEGORY_SIZE = 5;
    public static final double FOUR_FIFTHS = 0.8;

    private final Screenings screenings;
    private final Rankings rankings;
    private final DemographicRepository demographics;
    private final ScreeningAuditRepository audit;

    public AdverseImpact(Screenings screenings, Rankings rankings, DemographicRepository demographics,
            ScreeningAuditRepository audit) {
        this.screenings = screenings;
        this.rankings = rankings;
        this.demographics = demographics;
        this.audit = audit;
    }

    /** Replaces the screening's categories with the file's ({@code candidateRef,category}); any bad line stores nothing. */
    public int replaceCategories(UUID screeningId, String csv, Viewer admin) {
        screenings.require(screeningId, admin);
        Map<String, String> categories = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<LineError> errors = new ArrayList<>();
        parse(csv, categories, lines, errors);
        return QuarkusTransaction.requiringNew().call(() -> {
            Screening s = screenings.lock(screeningId);
            Set<String> known = screenings.candidates(s.id).keySet();
            List<LineError> unknown = new ArrayList<>(errors);
            categories.keySet().stream().filter(ref -> !known.contains(ref)).forEach(ref -> unknown.add(
                    new LineError(lines.get(ref), "candidate '" + ref + "' is not in this screening")));
            if (!unknown.isEmpty()) {
                throw invalid(unknown);
            }
            demographics.delete("screeningId", screeningId);
            categories.forEach((ref, category) -> {
                Demographic d = new Demographic();
                d.screeningId = screeningId;
                d.candidateRef = ref;
                d.category = category;
                demographics.persist(d);
            });
            audit.persist(ScreeningAuditEntry.of(screeningId, null, ScreeningAuditEntry.DEMOGRAPHICS, null,
                    categories.size() + " categories stored", admin.principal()));
            return categories.size();
        });
    }

    public AdverseImpactReport report(UUID screeningId, BigDecimal threshold, Viewer admin) {
        Ranking ranking = rankings.of(screeningId, admin);
        Map<String, String> byRef = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() ->
                demographics.list("screeningId", screeningId).forEach(d -> byRef.put(d.candidateRef, d.category)));
        Map<String, String> refByAlias = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() ->
                screenings.candidates(screeningId).values().forEach(c -> refByAlias.put(c.alias(), c.candidateRef)));
        Map<String, long[]> counts = new java.util.TreeMap<>();
        long without = 0;
        for (Ranking.Item item : ranking.items()) {
            String category = byRef.get(refByAlias.get(item.alias()));
            if (category == null) {
                without++;
                continue;
            }
            long[] c = counts.computeIfAbsent(category, k -> new long[2]);
            c[0]++;
            if (selected(item, threshold)) {
                c[1]++;
            }
        }
        double highest = counts.values().stream().filter(c -> c[0] >= MINIMUM_CATEGORY_SIZE)
                .mapToDouble(c -> (double) c[1] / c[0]).max().orElse(0);
        List<AdverseImpactReport.Category> categories = new ArrayList<>();
        counts.forEach((category, c) -> {
            boolean tooSmall = c[0] < MINIMUM_CATEGORY_SIZE;
            Double rate = tooSmall ? null : round((double) c[1] / c[0]);
            Double ratio = tooSmall || highest == 0 ? null : round((double) c[1] / c[0] / highest);
            categories.add(new AdverseImpactReport.Category(category, c[0], c[1], rate, ratio,
                    ratio != null && ratio < FOUR_FIFTHS, tooSmall));
        });
        long with = counts.values().stream().mapToLong(c -> c[0]).sum();
        return new AdverseImpactReport(screeningId, threshold, MINIMUM_CATEGORY_SIZE, with, without, categories,
                categories.stream().anyMatch(AdverseImpactReport.Category::flagged));
    }

    static boolean selected(Ranking.Item item, BigDecimal threshold) {
        if (item.decision() != null) {
            return item.decision().equals("advance");
        }
        return item.complete() && item.score().compareTo(threshold) >= 0;
    }

    private static void parse(String csv, Map<String, String> categories, Map<String, Integer> lines,
            List<LineError> errors) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (header) {
                    header = false;
                    List<String> names = record.stream().map(String::strip).toList();
                    if (!names.equals(List.of("candidateRef", "category"))) {
                        errors.add(new LineError(1, "the header must be candidateRef,category"));
                        return;
                    }
                    continue;
                }
                if (record.size() != 2) {
                    errors.add(new LineError(line, "expected 2 cells (candidateRef,category), got " + record.size()));
                    continue;
                }
                String ref = record.get(0).strip();
                String category = record.get(1).strip();
                if (ref.isEmpty() || category.isEmpty() || category.length() > 100 || ref.length() > 200
                        || category.indexOf('\u0000') >= 0 || ref.indexOf('\u0000') >= 0) {
                    errors.add(new LineError(line, "candidateRef (1-200 characters) and category (1-100) are required"));
                } else if (categories.putIfAbsent(ref, category) != null) {
                    errors.add(new LineError(line, "candidate '" + ref + "' appears twice"));
                } else {
                    lines.put(ref, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            errors.add(new LineError(0, "not valid CSV (an unclosed or misplaced quote?)"));
        }
        if (categories.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(0, "the file holds no categories"));
        }
    }

    private static DomainException invalid(List<LineError> errors) {
        List<LineError> sorted = errors.stream().sorted(Comparator.comparingInt(LineError::line)).toList();
        return new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid demographics file",
                sorted.size() + " error(s); nothing was stored: " + sorted.stream().limit(20)
                        .map(e -> "line " + e.line() + ": " + e.message()).collect(Collectors.joining("; ")),
                Map.of("errors", sorted));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
