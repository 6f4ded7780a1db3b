package dev.viva.screening.ranking;

import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.EvaluationStatus;
import dev.viva.question.Viewer;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningCandidate;
import dev.viva.screening.Screenings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Ranks a screening's candidates by the mean of their question scores, using the reviewed score where
 * a reviewer changed one. A candidate with an answer not yet graded (or not given) is not ranked at
 * all, never as if that answer scored 0. Equal scores (to the hundredth) share a rank.
 */
@ApplicationScoped
public class Rankings {

    private final Screenings screenings;
    private final EvaluationRepository evaluations;

    public Rankings(Screenings screenings, EvaluationRepository evaluations) {
        this.screenings = screenings;
        this.evaluations = evaluations;
    }

    public Ranking of(UUID screeningId, Viewer caller) {
        Screening screening = screenings.require(screeningId, caller);
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, ScreeningCandidate> candidates = screenings.candidates(screeningId);
            Map<String, Map<String, Evaluation>> answers = new HashMap<>();
            evaluations.list("screeningId", screeningId).forEach(e ->
                    answers.computeIfAbsent(e.candidateRef, k -> new HashMap<>()).put(e.questionId, e));
            List<Ranking.Item> items = new ArrayList<>();
            for (ScreeningCandidate c : candidates.values()) {
                items.add(item(screening, c, answers.getOrDefault(c.candidateRef, Map.of())));
            }
            return new Ranking(screeningId, screening.hidesCandidates(), ranked(items));
        });
    }

    private static Ranking.Item item(Screening s, ScreeningCandidate c, Map<String, Evaluation> answers) {
        List<Ranking.QuestionScore> questions = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        boolean needsReview = false;
        for (String questionId : s.questionIds) {
            Evaluation e = answers.get(questionId);
            if (e == null) {
                questions.add(new Ranking.QuestionScore(questionId, null, "missing", null));
                continue;
            }
            BigDecimal score = e.status == EvaluationStatus.UNGRADED ? null
                    : (e.reviewedScore != null ? e.reviewedScore : e.score);
            needsReview |= e.status == EvaluationStatus.NEEDS_REVIEW;
            if (score != null) {
                scores.add(score);
            }
            questions.add(new Ranking.QuestionScore(questionId, score, e.status.name().toLowerCase(Locale.ROOT), e.id));
        }
        boolean complete = scores.size() == s.questionIds.size();
        BigDecimal mean = mean(scores);
        return new Ranking.Item(null, c.shownRef(s), c.alias(), c.hidden(s), complete ? mean : null,
                complete ? null : mean, complete, needsReview, c.decision, c.decidedBy, questions);
    }

    /** Complete candidates by score (competition ranking: ties share a rank), then the incomplete ones. */
    static List<Ranking.Item> ranked(List<Ranking.Item> items) {
        List<Ranking.Item> complete = items.stream().filter(Ranking.Item::complete)
                .sorted(Comparator.comparing(Ranking.Item::score).reversed()
                        .thenComparing(Ranking.Item::alias, Comparator.comparingInt(Rankings::aliasNumber)))
                .toList();
        List<Ranking.Item> result = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < complete.size(); i++) {
            Ranking.Item item = complete.get(i);
            if (!Objects.equals(previous, item.score())) {
                rank = i + 1;
                previous = item.score();
            }
            result.add(withRank(item, rank));
        }
        items.stream().filter(i -> !i.complete())
                .sorted(Comparator.comparing(Ranking.Item::alias, Comparator.comparingInt(Rankings::aliasNumber)))
                .forEach(result::add);
        return result;
    }

    private static Ranking.Item withRank(Ranking.Item i, int rank) {
        return new Ranking.Item(rank, i.candidateRef(), i.alias(), i.blinded(), i.score(), i.partialScore(),
                i.complete(), i.needsReview(), i.decision(), i.decidedBy(), i.questions());
    }

    private static BigDecimal mean(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    private static int aliasNumber(String alias) {
        return Integer.parseInt(alias.substring("Candidate ".length()));
    }
}
