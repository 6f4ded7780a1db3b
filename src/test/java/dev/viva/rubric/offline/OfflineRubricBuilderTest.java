package dev.viva.rubric.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.viva.text.Words;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** In the Quarkus test application, so the embedding model is loaded once for all tests. */
@QuarkusTest
class OfflineRubricBuilderTest {

    @Inject
    OfflineRubricBuilder builder;

    @Test
    void draftsOneRequiredCriterionPerClaimOfTheConcurrencyAnswer() throws IOException {
        String document = Files.readString(Path.of("questions/nodejs/000_4b901903abdd6fa9.txt"));
        String answer = document.substring(document.indexOf("Here's a brief overview"), document.indexOf("Promises:"));

        Rubric rubric = builder.build("nodejs-single-threaded-how-handles-concurrency",
                "If nodejs is single threaded than how it handles the concurrency?", answer);

        assertThat(rubric.status()).isEqualTo(RubricStatus.DRAFT);
        assertThat(rubric.criteria()).hasSizeBetween(6, 16);
        assertThat(rubric.criteria()).extracting(Criterion::kind).containsOnly(CriterionKind.REQUIRED);
        assertThat(rubric.criteria()).extracting(Criterion::weight).containsOnly(1.0);
        assertThat(rubric.criteria().get(0).id()).isEqualTo("claim-1");
        assertThat(rubric.criteria()).extracting(Criterion::description)
                .allSatisfy(d -> assertThat(Words.count(d)).isBetween(3, 40))
                .noneMatch(d -> d.startsWith("Event Loop:") || d.startsWith("Here's"))
                .anyMatch(d -> d.contains("event loop")).anyMatch(d -> d.contains("Worker Threads module"));
    }

    @Test
    void skipsCodeHeadingsAndMarkupAndSplitsTablesIntoRows() {
        String answer = """
                ## 🚀 Streams
                **Streams** process data piece by piece; they never load the whole file into memory.
                Example:
                ```js
                fs.createReadStream('big.txt').pipe(res);
                ```
                - ✅ Readable streams produce data for a consumer.
                | Type | Purpose |
                |------|---------|
                | Readable | Produces data that can be read |
                | Writable | Consumes data that is written to it |
                """;

        List<String> claims = ClaimExtractor.claims(answer);

        assertThat(claims).containsExactly("Streams process data piece by piece",
                "They never load the whole file into memory.", "Readable streams produce data for a consumer.",
                "Readable: Produces data that can be read", "Writable: Consumes data that is written to it");
    }

    @Test
    void mergesClaimsThatSayTheSameThing() {
        Rubric rubric = builder.build("q", "What is the event loop?",
                "The event loop runs callbacks when events complete. The event loop executes callbacks once events"
                        + " are complete. Timers run in their own phase.");

        assertThat(rubric.criteria()).hasSize(2);
    }

    @Test
    void splitsClausesOnlyWhereEachHalfIsAStatement() {
        assertThat(ClaimExtractor.clauses("Node reads the file in chunks and it sends each chunk to the client"))
                .hasSize(2);
        assertThat(ClaimExtractor.clauses("Readable and writable streams are the most common kinds")).hasSize(1);
    }
}
