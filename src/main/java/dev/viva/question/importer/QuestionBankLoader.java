package dev.viva.question.importer;

import dev.viva.support.DomainException;
import dev.viva.question.BankConfig;
import dev.viva.question.QuestionBankLoaded;
import dev.viva.question.QuestionRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Imports every document under the bank directory at start-up (one transaction per document), checks
 * that every curation file names a question of the bank, then announces {@link QuestionBankLoaded}.
 * A curation file that is wrong, or a document that is not text, stops the start-up with its path.
 */
@ApplicationScoped
public class QuestionBankLoader {

    private static final Logger LOG = Logger.getLogger(QuestionBankLoader.class);

    private final BankConfig config;
    private final DocumentImporter importer;
    private final CurationCatalog catalog;
    private final QuestionRepository questions;
    private final Event<QuestionBankLoaded> loaded;

    public QuestionBankLoader(BankConfig config, DocumentImporter importer, CurationCatalog catalog,
            QuestionRepository questions, Event<QuestionBankLoaded> loaded) {
        this.config = config;
        this.importer = importer;
        this.catalog = catalog;
        this.questions = questions;
        this.loaded = loaded;
    }

    void onStart(@Observes StartupEvent event) {
        load();
    }

    public void load() {
        load(Path.of(config.dir()));
    }

    /** Imports the documents of a bank directory; fails on a curation file that is wrong or names no question. */
    public void load(Path dir) {
        Curations curations = CurationLoader.load(dir);
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Question bank directory %s does not exist; the bank stays as it is", dir.toAbsolutePath());
        }
        for (Path path : documents(dir)) {
            String name = dir.relativize(path).toString().replace('\\', '/');
            try {
                importer.importDocument(name, Files.readAllBytes(path), curations, true);
            } catch (NoQuestionsInDocumentException e) {
                LOG.warnf("Question document %s has no questions; skipped", path);
            } catch (DomainException e) {
                throw new IllegalStateException("Cannot import question document " + path + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read question document " + path, e);
            }
        }
        Set<String> ids = bankIds();
        curations.verifyAllKnown(ids);
        catalog.replace(curations);
        LOG.infof("Question bank '%s' loaded: %d questions, %d curation files", config.name(), ids.size(),
                curations.size());
        loaded.fire(new QuestionBankLoaded(ids.size()));
    }

    @Transactional
    Set<String> bankIds() {
        return new HashSet<>(questions.findByBank(config.name()).stream().map(q -> q.id).toList());
    }

    static List<Path> documents(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(QuestionBankLoader::isDocument).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list question documents under " + dir, e);
        }
    }

    static boolean isDocument(Path path) {
        String name = path.getFileName().toString();
        boolean text = name.endsWith(".txt") || name.endsWith(".md");
        boolean readme = name.equalsIgnoreCase("README.md");
        boolean curation = path.getParent() != null && path.getParent().getFileName() != null
                && path.getParent().getFileName().toString().equals("maintainers");
        return text && !readme && !curation;
    }
}
