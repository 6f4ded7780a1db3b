package dev.viva.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.evaluation.CriterionResult;
import dev.viva.grading.Verdict;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewedScoreTest {

    private static final Rubric RUBRIC = new Rubric("q", 1, RubricStatus.APPROVED, List.of(
            new Criterion("a", "first", CriterionKind.REQUIRED, 1, List.of(), null),
            new Criterion("b", "second", CriterionKind.REQUIRED, 1, List.of(), null)), null);

    private static CriterionResult result(String id, Verdict verdict, String points) {
        return new CriterionResult(id, CriterionKind.REQUIRED, 1, verdict, new BigDecimal(points), List.of("quote"),
                "why", false);
    }

    @Test
    void appliesTheReviewersVerdictsAndScoresThemLikeGrading() {
        List<CriterionResult> machine = List.of(result("a", Verdict.MET, "50"), result("b", Verdict.NOT_MET, "0"));

        ReviewedScore reviewed = ReviewedScore.of(RUBRIC, machine, Map.of("b", Verdict.PARTIAL));

        assertThat(reviewed.score()).isEqualByComparingTo("75");
        assertThat(reviewed.criteria()).extracting(CriterionResult::verdict).containsExactly(Verdict.MET, Verdict.PARTIAL);
        assertThat(reviewed.criteria().get(1).points()).isEqualByComparingTo("25");
        assertThat(reviewed.criteria().get(1).evidence()).containsExactly("quote");
        assertThat(machine.get(1).verdict()).isEqualTo(Verdict.NOT_MET);
    }
}
