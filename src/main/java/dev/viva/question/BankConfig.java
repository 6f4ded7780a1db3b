package dev.viva.question;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the question bank comes from and how imports are bounded. */
@ConfigMapping(prefix = "viva.bank")
public interface BankConfig {

    /** Directory holding the interview documents (*.txt, *.md) and the maintainers' curation files. */
    @WithDefault("questions")
    String dir();

    /** Name of the bank the documents are imported into. */
    @WithDefault("interview")
    String name();

    /** Largest document accepted by the import endpoint. */
    @WithDefault("1M")
    MemorySize importMaxSize();

    /** Most questions one bulk file ({@code POST /api/questions/bulk}) may hold. */
    @WithDefault("500")
    int bulkMaxQuestions();
}
