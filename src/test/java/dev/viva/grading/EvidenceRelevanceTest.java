package dev.viva.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.text.SentenceEmbedder;
import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In the app (the ONNX runtime loads once per class loader). */
@QuarkusTest
class EvidenceRelevanceTest {

    private static final Criterion V8 = new Criterion("runtime-on-v8",
            "States that Node.js is a JavaScript runtime, built on the V8 engine, that runs JavaScript outside the browser.",
            CriterionKind.REQUIRED, 2, List.of("Node.js is a runtime that lets you run JavaScript on the server, using V8."),
            null);
    @Inject
    SentenceEmbedder embedder;

    private EvidenceRelevance relevance;

    @BeforeEach
    void atTheShippedThreshold() {
        relevance = new EvidenceRelevance(embedder, 0.15);
    }

    @Test
    void aQuoteAboutTheCriterionCounts() {
        var verdict = new CriterionVerdict(V8.id(), Verdict.MET,
                List.of("Node runs JavaScript on the server with Google's V8 engine."), "ok");

        var checked = relevance.check(List.of(V8), List.of(verdict));

        assertThat(checked.verdicts()).containsExactly(verdict);
        assertThat(checked.anyIrrelevant()).isFalse();
    }

    @Test
    void aMetVerdictWhoseOnlyQuoteIsAboutSomethingElseBecomesNotMet() {
        var verdict = new CriterionVerdict(V8.id(), Verdict.MET, List.of("My cat sleeps on the sofa all afternoon."),
                "ok");

        var checked = relevance.check(List.of(V8), List.of(verdict));

        assertThat(checked.verdicts().getFirst().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(checked.verdicts().getFirst().evidence()).isEmpty();
        assertThat(checked.verdicts().getFirst().rationale()).startsWith("No quote is about this criterion");
        assertThat(checked.irrelevantCriteria()).containsExactly(V8.id());
    }

    @Test
    void anIrrelevantQuoteIsDroppedWhileARelevantOneKeepsTheVerdict() {
        var verdict = new CriterionVerdict(V8.id(), Verdict.PARTIAL,
                List.of("My cat sleeps on the sofa all afternoon.", "It is a JavaScript runtime built on V8."), "ok");

        var checked = relevance.check(List.of(V8), List.of(verdict));

        assertThat(checked.verdicts().getFirst().verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(checked.verdicts().getFirst().evidence()).containsExactly("It is a JavaScript runtime built on V8.");
        assertThat(checked.irrelevantCriteria()).containsExactly(V8.id());
    }

    @Test
    void theRelevanceOfAQuoteIsItsClosenessToTheDescriptionOrTheNearestExample() {
        assertThat(relevance.relevance("Node.js is a runtime that lets you run JavaScript on the server, using V8.", V8))
                .isGreaterThan(0.99);
        assertThat(relevance.relevance("My cat sleeps on the sofa all afternoon.", V8)).isLessThan(0.15);
    }
}
