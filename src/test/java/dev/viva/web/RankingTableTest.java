package dev.viva.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.screening.ranking.Ranking;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ranking table's server-side sort: directions, empty cells last, ties in ranking order, header links. */
class RankingTableTest {

    private static final List<String> QUESTIONS = List.of("q-a", "q-b");

    private static Ranking.Item item(Integer rank, String name, String score, String a, String b) {
        return new Ranking.Item(rank, name, name, true, score == null ? null : new BigDecimal(score), null,
                score != null, false, null, null, List.of(question("q-a", a), question("q-b", b)));
    }

    private static Ranking.QuestionScore question(String id, String score) {
        return new Ranking.QuestionScore(id, score == null ? null : new BigDecimal(score),
                score == null ? "ungraded" : "graded", UUID.randomUUID());
    }

    private static final Ranking RANKING = new Ranking(UUID.randomUUID(), true, List.of(
            item(1, "Candidate 10", "80", "90", "70"),
            item(2, "Candidate 2", "60", "50", "70"),
            item(2, "Candidate 3", "60", "70", "50"),
            item(null, "Candidate 1", null, "40", null)));

    private static List<String> names(RankingTable.Table table) {
        return table.rows().stream().map(RankingTable.Row::candidate).toList();
    }

    @Test
    void sortsByRankByDefaultWithTheIncompleteLast() {
        var table = RankingTable.of("/s", QUESTIONS, RANKING, null, null);
        assertThat(names(table)).containsExactly("Candidate 10", "Candidate 2", "Candidate 3", "Candidate 1");
        assertThat(table.columns().getFirst().ariaSort()).isEqualTo("ascending");
        assertThat(table.columns().getFirst().href()).isEqualTo("/s?sort=rank&dir=desc");
    }

    @Test
    void sortsByScoreKeepingTiesInRankingOrderAndEmptyScoresLastInBothDirections() {
        assertThat(names(RankingTable.of("/s", QUESTIONS, RANKING, "score", "asc")))
                .containsExactly("Candidate 2", "Candidate 3", "Candidate 10", "Candidate 1");
        assertThat(names(RankingTable.of("/s", QUESTIONS, RANKING, "score", "desc")))
                .containsExactly("Candidate 10", "Candidate 2", "Candidate 3", "Candidate 1");
    }

    @Test
    void sortsByOneQuestionsScore() {
        var table = RankingTable.of("/s", QUESTIONS, RANKING, "q2", "desc");
        assertThat(names(table)).containsExactly("Candidate 10", "Candidate 2", "Candidate 3", "Candidate 1");
        assertThat(table.columns().get(4).ariaSort()).isEqualTo("descending");
        assertThat(table.columns().get(3).ariaSort()).isNull();
    }

    @Test
    void sortsAliasesByTheirNumber() {
        assertThat(names(RankingTable.of("/s", QUESTIONS, RANKING, "candidate", "asc")))
                .containsExactly("Candidate 1", "Candidate 2", "Candidate 3", "Candidate 10");
    }

    @Test
    void anUnknownSortOrDirectionFallsBackToTheRank() {
        var table = RankingTable.of("/s", QUESTIONS, RANKING, "q9", "sideways");
        assertThat(table.sort()).isEqualTo("rank");
        assertThat(table.dir()).isEqualTo("asc");
        assertThat(names(table).getFirst()).isEqualTo("Candidate 10");
    }

    @Test
    void linksEachCandidateByTheNameTheRankingShowsAsOnePathSegment() {
        var table = RankingTable.of("/s", QUESTIONS, RANKING, null, null);
        assertThat(table.rows().getFirst().href()).isEqualTo("/s/candidates/Candidate%2010");
    }
}
