package dev.viva.question.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    static ParsedDocument seed(String name) throws Exception {
        String text = Files.readString(Path.of("questions", name));
        return DocumentParser.parse(MojibakeRepair.repair(text).text());
    }

    static ParsedQuestion question(ParsedDocument doc, String id) {
        return doc.questions().stream().filter(q -> Slugs.slug(q.title()).equals(id)).findFirst().orElseThrow();
    }

    static List<String> ids(ParsedDocument doc) {
        return doc.questions().stream().map(q -> Slugs.slug(q.title())).toList();
    }

    @Test
    void findsTheTwentyTwoQuestionsOfDocument000() throws Exception {
        assertThat(ids(seed(SeedDocuments.DOC_000))).containsExactlyElementsOf(SeedDocuments.IDS_000);
    }

    @Test
    void findsTheTwelveQuestionsOfDocument002() throws Exception {
        assertThat(ids(seed(SeedDocuments.DOC_002))).containsExactlyElementsOf(SeedDocuments.IDS_002);
    }

    @Test
    void readsBoldItalicQuestionsVerbatimWithDoubledQuestionMarksReduced() throws Exception {
        ParsedDocument doc = seed(SeedDocuments.DOC_000);

        assertThat(question(doc, "child-process-nodejs").text()).isEqualTo("Child process in NodejS");
        assertThat(question(doc, "what-event-driven-architecture-nodejs-how").text())
                .isEqualTo("What is the event-driven architecture in Node.js, and how does it work?");
        assertThat(question(doc, "what-event-driven-architecture-nodejs-how").location()).isEqualTo("line 23");
        assertThat(question(doc, "child-process-nodejs").documentAnswer()).isNull();
        assertThat(question(doc, "child-process-nodejs").topic()).isNull();
    }

    @Test
    void takesTheParagraphsAfterTheConcurrencyQuestionAsItsAnswerUpToThePromisesTerm() throws Exception {
        ParsedDocument doc = seed(SeedDocuments.DOC_000);
        ParsedQuestion concurrency = question(doc, "nodejs-single-threaded-how-handles-concurrency");

        assertThat(concurrency.text()).isEqualTo("If nodejs is single threaded than how it handles the concurrency?");
        assertThat(concurrency.documentAnswer()).startsWith("Here's a brief overview of how Node.js achieves")
                .contains("Event Loop: At the core", "Non-Blocking I/O", "Worker Threads: Although")
                .doesNotContain("Promises");
    }

    @Test
    void readsTheTrailingTermLineAsAQuestionAnsweredByItsDefinition() throws Exception {
        ParsedQuestion promises = question(seed(SeedDocuments.DOC_000), "promises");

        assertThat(promises.text()).isEqualTo("Promises");
        assertThat(promises.location()).isEqualTo("line 57");
        assertThat(promises.documentAnswer()).isEqualTo("Promises in JavaScript are a mechanism for handling"
                + " asynchronous operations and managing the flow of asynchronous code.");
    }

    @Test
    void readsLeafNumberedHeadingsAsQuestionsUnderTheirParentsTopic() throws Exception {
        ParsedDocument doc = seed(SeedDocuments.DOC_002);
        ParsedQuestion whatIs = question(doc, "what-event-loop");

        assertThat(whatIs.text()).isEqualTo("What is the Event Loop?");
        assertThat(whatIs.topic()).isEqualTo("Node.js Event Loop");
        assertThat(whatIs.location()).isEqualTo("line 18, heading \"2.1 What is the Event Loop?\"");
        assertThat(whatIs.documentAnswer()).startsWith("The **Event Loop** is the core mechanism")
                .doesNotContain("How Does");
        assertThat(question(doc, "streams").topic()).isEqualTo("Important Node.js Features");
    }

    @Test
    void stripsNumberingAndPresentationRemarksFromHeadings() throws Exception {
        ParsedDocument doc = seed(SeedDocuments.DOC_002);

        assertThat(question(doc, "what-nodejs").text()).isEqualTo("What is Node.js?");
        assertThat(question(doc, "what-nodejs").topic()).isNull();
        assertThat(question(doc, "child-processes").text()).isEqualTo("Child Processes");
        assertThat(question(doc, "event-loop-phases").text()).isEqualTo("Event Loop Phases");
        assertThat(question(doc, "nodejs-vs-browser-javascript").text()).isEqualTo("Node.js vs. Browser JavaScript");
        assertThat(question(doc, "process-os-modules").text()).isEqualTo("Process & OS Modules");
    }

    @Test
    void keepsUnNumberedSubHeadingsInTheBodyOfTheNumberedSectionAndDropsRules() throws Exception {
        ParsedDocument doc = seed(SeedDocuments.DOC_002);

        assertThat(question(doc, "what-nodejs").documentAnswer()).contains("### **Why is Node.js Popular?**",
                "✅ **Large Ecosystem**").doesNotContain("---");
        assertThat(question(doc, "event-loop-action").documentAnswer()).contains("Start\nEnd\nNext Tick\nImmediate",
                "### **Why This Order?**", "always runs before").doesNotContain("Node.js vs.");
        assertThat(question(doc, "when-use-nodejs").documentAnswer()).endsWith("(e.g., machine learning).")
                .doesNotContain("Final Thoughts");
    }

    @Test
    void readsTheCandidateDialogueAsQuestionAndModelAnswer() throws Exception {
        ParsedQuestion task = question(seed(SeedDocuments.DOC_002), "task-running-pararlel");

        assertThat(task.text()).isEqualTo("Can you explain the difference between creating different processes and"
                + " running tasks in different threads in the context of JavaScript and Node.js? Additionally,"
                + " which approach do you think is more beneficial and why?");
        assertThat(task.topic()).isEqualTo("Task Running in Pararlel");
        assertThat(task.documentAnswer()).startsWith("Certainly! In Node.js, running tasks in parallel")
                .endsWith("to determine the best approach.").doesNotContain("**Candidate:**");
    }

    @Test
    void reportsTheIntroductionAndFinalThoughtsAsNotQuestions() throws Exception {
        ParsedDocument doc = seed(SeedDocuments.DOC_002);

        assertThat(doc.ignored()).extracting(ParsedDocument.Ignored::text)
                .anySatisfy(t -> assertThat(t).startsWith("Got it! Let’s go"))
                .contains("Final Thoughts");
    }

    @Test
    void ignoresHeadingsInsideCodeBlocks() {
        ParsedDocument doc = DocumentParser.parse("""
                ## **1. What does this script print?**
                ```bash
                # 2. not a heading
                echo hi
                ```
                """);

        assertThat(doc.questions()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("What does this script print?");
            assertThat(q.documentAnswer()).contains("# 2. not a heading");
        });
    }

    @Test
    void doesNotMistakeLabelsOrLongSentencesEndingInAColonForTerms() {
        ParsedDocument doc = DocumentParser.parse("""
                ***What is a stream?***

                Example:
                fs.createReadStream("a.txt")

                Here is how a stream behaves in practice:
                it emits data events.
                """);

        assertThat(doc.questions()).singleElement().satisfies(q -> assertThat(q.documentAnswer())
                .contains("Example:", "Here is how"));
    }

    @Test
    void findsNothingInADocumentWithoutQuestions() {
        ParsedDocument doc = DocumentParser.parse("# Notes\nJust some prose, nothing asked.\n");

        assertThat(doc.questions()).isEmpty();
    }
}
