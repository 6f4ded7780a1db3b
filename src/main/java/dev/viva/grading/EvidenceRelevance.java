package dev.viva.grading;

import dev.viva.rubric.model.Criterion;
import dev.viva.text.SentenceEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that every quote is about the criterion it is given for: its cosine similarity to the
 * criterion (its description or one of its examples, whichever is closest) with the in-process
 * sentence-embedding model must reach a threshold. A quote below it does not count; a met or
 * partial verdict left without a relevant quote becomes not_met. The threshold is one global figure
 * chosen on the shipped rubrics (see {@code RelevanceThresholdReport}), never per question.
 */
public final class EvidenceRelevance {

    private final SentenceEmbedder embedder;
    private final double minRelevance;

    public EvidenceRelevance(SentenceEmbedder embedder, double minRelevance) {
        this.embedder = embedder;
        this.minRelevance = minRelevance;
    }

    public Checked check(List<Criterion> criteria, List<CriterionVerdict> verdicts) {
        Map<String, Criterion> byId = criteria.stream()
                .collect(Collectors.toMap(Criterion::id, Function.identity(), (a, b) -> a));
        List<String> quotes = verdicts.stream().flatMap(v -> v.evidence().stream()).distinct().toList();
        Map<String, float[]> vectors = new java.util.HashMap<>();
        List<float[]> embedded = embedder.embedAll(quotes);
        for (int i = 0; i < quotes.size(); i++) {
            vectors.put(quotes.get(i), embedded.get(i));
        }
        List<CriterionVerdict> result = new ArrayList<>(verdicts.size());
        Set<String> irrelevant = new LinkedHashSet<>();
        for (CriterionVerdict v : verdicts) {
            Criterion c = byId.get(v.criterionId());
            if (c == null || v.evidence().isEmpty()) {
                result.add(v);
                continue;
            }
            List<float[]> criterion = embedder.embedAllCached(texts(c));
            List<String> relevant = v.evidence().stream()
                    .filter(q -> similarity(vectors.get(q), criterion) >= minRelevance).toList();
            if (relevant.size() == v.evidence().size()) {
                result.add(v);
                continue;
            }
            irrelevant.add(v.criterionId());
            if (relevant.isEmpty() && v.verdict() != Verdict.NOT_MET) {
                result.add(new CriterionVerdict(v.criterionId(), Verdict.NOT_MET, List.of(), String.format(Locale.ROOT,
                        "No quote is about this criterion (relevance below %.2f); the grader's verdict was %s. %s",
                        minRelevance, v.verdict().name().toLowerCase(Locale.ROOT),
                        v.rationale() == null ? "" : v.rationale())));
            } else {
                result.add(new CriterionVerdict(v.criterionId(), v.verdict(), relevant, v.rationale()));
            }
        }
        return new Checked(result, irrelevant);
    }

    /** The closest of the criterion's description and examples to the quote. */
    public double relevance(String quote, Criterion criterion) {
        return similarity(embedder.embedAll(List.of(quote)).getFirst(), embedder.embedAllCached(texts(criterion)));
    }

    private static double similarity(float[] quote, List<float[]> criterion) {
        double best = -1;
        for (float[] c : criterion) {
            best = Math.max(best, SentenceEmbedder.cosine(quote, c));
        }
        return best;
    }

    private static List<String> texts(Criterion c) {
        List<String> texts = new ArrayList<>(1 + c.examples().size());
        texts.add(c.description());
        texts.addAll(c.examples());
        return texts;
    }

    /** @param irrelevantCriteria criteria that lost at least one quote as not about them */
    public record Checked(List<CriterionVerdict> verdicts, Set<String> irrelevantCriteria) {

        public boolean anyIrrelevant() {
            return !irrelevantCriteria.isEmpty();
        }
    }
}
