package dev.viva.question.importer;

import dev.viva.question.RepairNote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.question.BankFixtures;
import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import dev.viva.question.SourceDocument;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank as imported at start-up from the seed documents, and re-imports against the real database. */
@QuarkusTest
class DocumentImporterTest {

    static final String DUPLICATES = "test/duplicates.md";
    static final String CURATED = "test/curated.md";
    static final String SHRINKING = "test/shrinking.md";

    @Inject
    DocumentImporter importer;
    @Inject
    CurationCatalog catalog;
    @Inject
    BankFixtures bank;

    @TempDir
    Path tempDir;

    @AfterEach
    void forgetTestDocuments() {
        bank.forget(DUPLICATES, CURATED, SHRINKING);
    }

    static byte[] seed(String name) throws Exception {
        return Files.readAllBytes(Path.of("questions", name));
    }

    static List<String> ids(List<Question> questions) {
        return questions.stream().map(q -> q.id).toList();
    }

    @Test
    void importsTheSeedDocumentsAtStartUpWithExactlyTheExpectedIds() {
        assertThat(ids(bank.ofDocument(SeedDocuments.DOC_000))).containsExactlyElementsOf(SeedDocuments.IDS_000);
        assertThat(ids(bank.ofDocument(SeedDocuments.DOC_002))).containsExactlyElementsOf(SeedDocuments.IDS_002);
    }

    @Test
    void storesTextTopicSourceAndDocumentAnswerOfEachQuestion() {
        Question eventLoop = bank.question("what-event-loop");
        assertThat(eventLoop.bank).isEqualTo("interview");
        assertThat(eventLoop.text).isEqualTo("What is the Event Loop?");
        assertThat(eventLoop.sourceDocument).isEqualTo(SeedDocuments.DOC_002);
        assertThat(eventLoop.sourceLocation).isEqualTo("line 18, heading \"2.1 What is the Event Loop?\"");
        assertThat(eventLoop.documentModelAnswer).startsWith("The **Event Loop** is the core mechanism");

        Question childProcess = bank.question("child-process-nodejs");
        assertThat(childProcess.text).isEqualTo("Child process in NodejS");
        assertThat(childProcess.sourceLocation).isEqualTo("line 1");
        assertThat(childProcess.documentModelAnswer).isNull();

        Question concurrency = bank.question("nodejs-single-threaded-how-handles-concurrency");
        assertThat(concurrency.documentModelAnswer).contains("Worker Threads: Although Node.js is single-threaded");
    }

    @Test
    void neverStoresEncodingDamageAndRecordsTheRepairOnTheDocument() {
        assertThat(bank.all()).allSatisfy(q -> {
            for (String field : new String[] { q.text, q.topic, q.documentModelAnswer, q.modelAnswer }) {
                assertThat(field == null ? "" : field).doesNotContain("‚Ä", "‚ú", "üö", "â€", "\uF8FF");
            }
        });
        assertThat(bank.question("how-event-loop-work").documentModelAnswer).contains("libuv’s thread pool");
        assertThat(bank.question("what-nodejs").documentModelAnswer).contains("✅ **Non-blocking Asynchronous I/O**");

        SourceDocument damaged = bank.document(SeedDocuments.DOC_002);
        assertThat(damaged.repairs).singleElement().satisfies(note -> {
            assertThat(note.charset()).isEqualTo("x-MacRoman");
            assertThat(note.sequences()).isEqualTo(31);
        });
        assertThat(bank.document(SeedDocuments.DOC_000).repairs).isEmpty();
    }

    @Test
    void skipsAnUnchangedDocumentByItsFingerprint() throws Exception {
        var before = bank.counts();

        ImportReport report = importer.importDocument(SeedDocuments.DOC_002, seed(SeedDocuments.DOC_002),
                catalog.current(), true);

        assertThat(report.created()).isEmpty();
        assertThat(report.updated()).isEmpty();
        assertThat(report.unchanged()).containsExactlyElementsOf(SeedDocuments.IDS_002);
        assertThat(report.repaired()).singleElement().extracting(RepairNote::charset).isEqualTo("x-MacRoman");
        assertThat(bank.counts()).isEqualTo(before);
    }

    @Test
    void reImportingADocumentUpdatesInPlaceAndNeverDuplicates() throws Exception {
        var before = bank.counts();

        ImportReport report = importer.importDocument(SeedDocuments.DOC_000, seed(SeedDocuments.DOC_000),
                catalog.current(), false);

        assertThat(report.created()).isEmpty();
        assertThat(report.updated()).isEmpty();
        assertThat(report.unchanged()).containsExactlyElementsOf(SeedDocuments.IDS_000);
        assertThat(bank.counts()).isEqualTo(before);
    }

    @Test
    void skipsARepeatedQuestionAndLinksNearDuplicatesOfOtherDocumentsWithoutMergingThem() {
        String doc = """
                ***What is the event loop?***
                The loop that runs callbacks.

                ***What is clustering in Node.js and how can it be used to improve performance?***

                ***What are the benefits of using Node.js for server-side development today?***

                ***What are the benefits of using Node.js for server-side development tomorrow?***

                ***What is the Event Loop??***

                ***What is a closure in JavaScript?***
                """;

        ImportReport report = importer.importDocument(DUPLICATES, doc.getBytes(StandardCharsets.UTF_8),
                Curations.none(), true);

        assertThat(report.created()).containsExactly("what-event-loop-2", "what-clustering-nodejs-how-used-improve-2",
                "what-benefits-using-nodejs-server-side-2", "what-benefits-using-nodejs-server-side-3",
                "what-closure-javascript");
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("What is the Event Loop?");
            assertThat(s.reason()).contains("already appears at line 1");
        });
        assertThat(report.duplicates()).extracting(ImportReport.Duplicate::id, ImportReport.Duplicate::duplicateOf)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("what-event-loop-2", "what-event-loop"),
                        org.assertj.core.groups.Tuple.tuple("what-clustering-nodejs-how-used-improve-2",
                                "what-clustering-nodejs-how-used-improve"),
                        org.assertj.core.groups.Tuple.tuple("what-benefits-using-nodejs-server-side-2",
                                "what-benefits-using-nodejs-server-side"),
                        org.assertj.core.groups.Tuple.tuple("what-benefits-using-nodejs-server-side-3",
                                "what-benefits-using-nodejs-server-side"));
        assertThat(bank.question("what-closure-javascript").duplicateOf).isNull();
        assertThat(bank.question("what-event-loop").text).isEqualTo("What is the Event Loop?");
        assertThat(bank.question("what-event-loop").sourceDocument).isEqualTo(SeedDocuments.DOC_002);
    }

    @Test
    void appliesMaintainersCurationAndRevertsWhenTheFileIsGone() throws Exception {
        Path maintainers = Files.createDirectories(tempDir.resolve("nodejs/maintainers"));
        Files.writeString(maintainers.resolve("what-closure-javascript.yaml"), """
                questionId: what-closure-javascript
                topic: Functions & scope
                modelAnswer:
                  origin: maintainers_corrected
                  author: Viva maintainers
                  note: The document forgets that the function keeps its outer scope alive.
                  text: |
                    A closure is a function together with the scope it was created in.
                """);
        byte[] doc = "***What is a closure in JavaScript?***\nA function inside a function.\n"
                .getBytes(StandardCharsets.UTF_8);

        importer.importDocument(CURATED, doc, CurationLoader.load(tempDir), true);

        Question curated = bank.question("what-closure-javascript");
        assertThat(curated.topic).isEqualTo("Functions & scope");
        assertThat(curated.modelAnswer).isEqualTo("A closure is a function together with the scope it was created in.");
        assertThat(curated.modelAnswerOrigin).isEqualTo(ModelAnswerOrigin.MAINTAINERS_CORRECTED);
        assertThat(curated.modelAnswerAuthor).isEqualTo("Viva maintainers");
        assertThat(curated.modelAnswerNote).contains("outer scope");
        assertThat(curated.documentModelAnswer).isEqualTo("A function inside a function.");

        ImportReport again = importer.importDocument(CURATED, doc, Curations.none(), true);

        assertThat(again.updated()).containsExactly("what-closure-javascript");
        Question plain = bank.question("what-closure-javascript");
        assertThat(plain.topic).isNull();
        assertThat(plain.modelAnswer).isEqualTo("A function inside a function.");
        assertThat(plain.modelAnswerOrigin).isEqualTo(ModelAnswerOrigin.DOCUMENT);
        assertThat(plain.modelAnswerAuthor).isNull();
    }

    @Test
    void reportsQuestionsAnEarlierVersionOfTheDocumentHadAsOrphanedAndKeepsThem() {
        importer.importDocument(SHRINKING, "***What is a zeta pipe?***\n\n***What is a zeta tap?***\n"
                .getBytes(StandardCharsets.UTF_8), Curations.none(), true);

        ImportReport report = importer.importDocument(SHRINKING, "***What is a zeta pipe?***\n"
                .getBytes(StandardCharsets.UTF_8), Curations.none(), true);

        assertThat(report.unchanged()).containsExactly("what-zeta-pipe");
        assertThat(report.orphaned()).containsExactly("what-zeta-tap");
        assertThat(bank.question("what-zeta-tap")).isNotNull();
    }
}
