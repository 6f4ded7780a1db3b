package dev.viva.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceVerifierTest {

    private static final String ANSWER = "The event loop runs callbacks when I/O completes.\n"
            + "Node.js   uses libuv’s thread pool for file system work.";

    @Test
    void keepsQuotesThatOccurInTheAnswerIgnoringCaseWhitespaceAndQuoteStyle() {
        var verified = EvidenceVerifier.verify(ANSWER, List.of(new CriterionVerdict("loop", Verdict.MET,
                List.of("the EVENT loop runs callbacks", "node.js uses libuv's thread pool"), "ok")));
        assertThat(verified.unverified()).isFalse();
        assertThat(verified.verdicts().get(0).verdict()).isEqualTo(Verdict.MET);
        assertThat(verified.verdicts().get(0).evidence()).hasSize(2);
    }

    @Test
    void metWithoutAnyQuoteFromTheAnswerBecomesNotMetAndIsReported() {
        var verified = EvidenceVerifier.verify(ANSWER, List.of(
                new CriterionVerdict("phases", Verdict.MET, List.of("timers run in the first phase"), "ok"),
                new CriterionVerdict("pool", Verdict.PARTIAL, List.of(), "no quote")));
        assertThat(verified.verdicts()).extracting(CriterionVerdict::verdict).containsOnly(Verdict.NOT_MET);
        assertThat(verified.unverifiedCriteria()).containsExactly("phases", "pool");
    }

    @Test
    void dropsInventedQuotesButKeepsAVerdictThatStillHasARealOne() {
        var verified = EvidenceVerifier.verify(ANSWER, List.of(new CriterionVerdict("loop", Verdict.MET,
                List.of("runs callbacks when I/O completes", "the poll phase blocks"), "ok")));
        assertThat(verified.verdicts().get(0).verdict()).isEqualTo(Verdict.MET);
        assertThat(verified.verdicts().get(0).evidence()).containsExactly("runs callbacks when I/O completes");
        assertThat(verified.unverifiedCriteria()).containsExactly("loop");
    }

    @Test
    void notMetNeedsNoEvidence() {
        var verified = EvidenceVerifier.verify(ANSWER,
                List.of(new CriterionVerdict("phases", Verdict.NOT_MET, List.of(), "absent")));
        assertThat(verified.unverified()).isFalse();
    }
}
