package dev.viva.rubric.offline;

import dev.viva.text.SentenceEmbedder;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a draft rubric without an LLM: the model answer's atomic claims, near-duplicates merged,
 * each a required criterion of equal weight ({@code claim-1}, {@code claim-2}, ...). Also what grades
 * questions that only come with a reference answer.
 */
@ApplicationScoped
public class OfflineRubricBuilder {

    /** Claims at least this similar to an earlier claim say the same thing and are merged into it. */
    static final double DUPLICATE_SIMILARITY = 0.85;

    private final SentenceEmbedder embedder;

    public OfflineRubricBuilder(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    public Rubric build(String questionId, String questionText, String modelAnswer) {
        return build(questionId, questionText, modelAnswer, List.of());
    }

    /**
     * @param alternatives further reference answers (other wordings of a good answer): each of their
     *                     claims becomes an example of the closest criterion, or nothing if none is close
     */
    public Rubric build(String questionId, String questionText, String modelAnswer, List<String> alternatives) {
        List<String> claims = ClaimExtractor.claims(modelAnswer);
        if (claims.isEmpty() && modelAnswer != null && !modelAnswer.isBlank()) {
            claims = List.of(modelAnswer.strip());
        }
        List<float[]> vectors = embedder.embedAll(claims);
        List<String> kept = new ArrayList<>();
        List<float[]> keptVectors = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (closest(keptVectors, vectors.get(i)).similarity < DUPLICATE_SIMILARITY) {
                kept.add(claims.get(i));
                keptVectors.add(vectors.get(i));
            }
        }
        List<List<String>> examples = new ArrayList<>();
        kept.forEach(k -> examples.add(new ArrayList<>()));
        List<String> alternativeClaims = alternatives.stream().flatMap(a -> {
            List<String> c = ClaimExtractor.claims(a);
            return (c.isEmpty() ? List.of(a.strip()) : c).stream();
        }).filter(s -> !s.isBlank()).toList();
        List<float[]> alternativeVectors = embedder.embedAll(alternativeClaims);
        for (int i = 0; i < alternativeClaims.size(); i++) {
            Closest c = closest(keptVectors, alternativeVectors.get(i));
            if (c.index >= 0 && c.similarity >= 0.5 && examples.get(c.index).size() < 3
                    && !examples.get(c.index).contains(alternativeClaims.get(i))) {
                examples.get(c.index).add(alternativeClaims.get(i));
            }
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            criteria.add(new Criterion("claim-" + (i + 1), kept.get(i), CriterionKind.REQUIRED, 1, examples.get(i),
                    null));
        }
        return new Rubric(questionId, 1, RubricStatus.DRAFT, criteria,
                "Drafted offline from the model answer's claims (no LLM); review before approving.");
    }

    private static Closest closest(List<float[]> vectors, float[] v) {
        int best = -1;
        double sim = -1;
        for (int i = 0; i < vectors.size(); i++) {
            double s = SentenceEmbedder.cosine(vectors.get(i), v);
            if (s > sim) {
                sim = s;
                best = i;
            }
        }
        return new Closest(best, sim);
    }

    private record Closest(int index, double similarity) {
    }
}
