package dev.viva.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricEchoTest {

    private static final Criterion POOL = new Criterion("pool",
            "States that file system work runs on libuv's thread pool, not the main thread.", CriterionKind.REQUIRED, 1,
            List.of(), null);

    @Test
    void aPassageThatReproducesACriterionsDescriptionIsCutAndReported() {
        var cut = RubricEcho.cut("Node is fast. File system work runs on libuv's thread pool, not the main thread. "
                + "Streams are lazy.", List.of(POOL), null);

        assertThat(cut.echoed()).isTrue();
        assertThat(cut.text()).doesNotContain("thread pool").contains("Node is fast.").contains("Streams are lazy.");
    }

    @Test
    void aDescriptionCopiedWithItsLeadingVerbAndAbbreviationsIsStillAnEcho() {
        Criterion authorization = new Criterion("authz", "Describes enforcing authorization on the server, e.g. "
                + "middleware checking roles or permissions (RBAC) or resource ownership before the handler runs.",
                CriterionKind.REQUIRED, 1, List.of(), null);

        var cut = RubricEcho.cut("I use JWTs. Describes enforcing authorization on the server, e.g. middleware checking "
                + "roles or permissions (RBAC) or resource ownership before the handler runs.", List.of(authorization), null);

        assertThat(cut.echoed()).isTrue();
        assertThat(cut.text()).startsWith("I use JWTs.").doesNotContain("middleware checking roles");
    }

    @Test
    void anAnswerInItsOwnWordsIsNoEcho() {
        String own = "Reading files is handed to libuv, whose worker pool does it off the main thread.";

        var cut = RubricEcho.cut(own, List.of(POOL), null);

        assertThat(cut.echoed()).isFalse();
        assertThat(cut.text()).isEqualTo(own);
    }

    @Test
    void aCriterionWordedLikeTheModelAnswerIsNoEchoForACandidateWhoWritesTheSameSentence() {
        String modelAnswer = "File system work runs on libuv's thread pool, not the main thread.";
        String candidate = "File system work runs on libuv's thread pool, not the main thread.";

        var cut = RubricEcho.cut(candidate, List.of(POOL), modelAnswer);

        assertThat(cut.echoed()).isFalse();
        assertThat(cut.text()).isEqualTo(candidate);
    }
}
