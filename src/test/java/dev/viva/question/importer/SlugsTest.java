package dev.viva.question.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void keepsTheFirstSixContentWordsOfTheQuestion() {
        assertThat(Slugs.slug("Can you briefly explain what Node.js is and how it differs from other server-side"
                + " technologies?")).isEqualTo("what-nodejs-how-differs-server-side");
    }

    @Test
    void spellsNodeJsAndExpressJsAsOneWordWhateverTheirCase() {
        assertThat(Slugs.slug("Child process in NodejS")).isEqualTo("child-process-nodejs");
        assertThat(Slugs.slug("What is Express.js, and why is it commonly used with Node.js?"))
                .isEqualTo("what-expressjs-why-commonly-used-nodejs");
    }

    @Test
    void dropsStopWordsSuchAsExampleAndThe() {
        assertThat(Slugs.slug("Event Loop Example in Action")).isEqualTo("event-loop-action");
        assertThat(Slugs.slug("How Does the Event Loop Work?")).isEqualTo("how-event-loop-work");
    }

    @Test
    void foldsAccentsToAsciiAndDropsOtherScripts() {
        assertThat(Slugs.slug("Café naïve 日本語 résumé")).isEqualTo("cafe-naive-resume");
    }

    @Test
    void treatsTextsDifferingOnlyInCaseAndPunctuationAsTheSameQuestion() {
        assertThat(Slugs.sameTextKey("What is clustering in Node.js??"))
                .isEqualTo(Slugs.sameTextKey("what is clustering in nodejs"));
        assertThat(Slugs.sameTextKey("What is clustering?")).isNotEqualTo(Slugs.sameTextKey("What is a cluster?"));
    }

    @Test
    void measuresSimilarityAsJaccardOfContentWords() {
        assertThat(Slugs.similarity("What is the event loop in Node.js?", "What is the Node.js event loop?"))
                .isEqualTo(1.0);
        assertThat(Slugs.similarity("What is clustering in Node.js?", "What are streams in Node.js?"))
                .isLessThan(DocumentImporter.DUPLICATE_SIMILARITY);
    }
}
