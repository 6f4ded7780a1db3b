package dev.viva.interview.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpCheckTest {

    private static final Criterion CHUNKS = new Criterion("chunked-processing",
            "States that streams handle data piece by piece, in chunks, instead of loading all of it into memory at once.",
            CriterionKind.REQUIRED, 2, List.of("A stream processes data chunk by chunk, so you never need the whole file in memory."),
            "How much of a 10 GB file needs to be in memory at one time?");
    private static final FollowUpCheck CHECK = FollowUpCheck.against(
            "Node.js streams allow handling large data piece by piece instead of loading everything into memory.",
            new Rubric("streams", 1, RubricStatus.APPROVED, List.of(CHUNKS), null));

    @Test
    void aShortQuestionInItsOwnWordsMayBeAsked() {
        assertThat(CHECK.problems("When you read a 10 GB file with a stream, how much of it is in memory at once?")).isEmpty();
    }

    @Test
    void aQuestionThatRepeatsTheDescriptionAnExampleOrTheModelAnswerIsRefused() {
        assertThat(CHECK.problems("Did you know streams handle data piece by piece, in chunks?")).hasSize(1);
        assertThat(CHECK.problems("Would you say you never need the whole file in memory?")).hasSize(1);
        assertThat(CHECK.problems("Is it true that they allow handling large data piece by piece?")).hasSize(1);
    }

    @Test
    void somethingThatIsNotOneShortQuestionIsRefused() {
        assertThat(CHECK.problems("Tell me more.")).containsExactly("it does not end with a question mark");
        assertThat(CHECK.problems(" ")).containsExactly("the question is missing");
        assertThat(CHECK.problems("Why" + " really".repeat(80) + "?")).hasSize(1);
    }
}
