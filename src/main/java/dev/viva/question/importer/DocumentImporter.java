package dev.viva.question.importer;

import dev.viva.question.RepairNote;

import dev.viva.support.Hashes;
import dev.viva.support.DomainException;
import dev.viva.question.BankConfig;
import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.question.SourceDocument;
import dev.viva.question.SourceDocumentRepository;
import dev.viva.question.importer.ImportReport.Duplicate;
import dev.viva.question.importer.ImportReport.Skipped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Imports one document into the bank, in one transaction: checks it is text, repairs its encoding,
 * parses its questions, gives each a stable id, links near-duplicates of other documents, applies the
 * maintainers' curation and creates or updates the questions. Re-importing the same document updates
 * in place and never duplicates; an unchanged document (same bytes, same curation files) is skipped.
 */
@ApplicationScoped
public class DocumentImporter {

    /** Bump when parsing changes, so that unchanged documents are read again with the new rules. */
    static final String IMPORTER_VERSION = "viva-importer/1";
    /** Word-set Jaccard similarity from which a question is linked as a duplicate of another document's. */
    public static final double DUPLICATE_SIMILARITY = 0.8;

    private static final Logger LOG = Logger.getLogger(DocumentImporter.class);

    private final QuestionRepository questions;
    private final SourceDocumentRepository documents;
    private final BankConfig config;

    public DocumentImporter(QuestionRepository questions, SourceDocumentRepository documents, BankConfig config) {
        this.questions = questions;
        this.documents = documents;
        this.config = config;
    }

    @Transactional
    public ImportReport importDocument(String name, byte[] content, Curations curations, boolean skipUnchanged) {
        long max = config.importMaxSize().asLongValue();
        if (content != null && content.length > max) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "Document too large", "The document has " + content.length
                    + " bytes; the limit is " + max + " bytes (viva.bank.import-max-size).");
        }
        String raw = DocumentText.decode(content);
        MojibakeRepair.Result repaired = MojibakeRepair.repair(raw);
        ParsedDocument parsed = DocumentParser.parse(repaired.text());
        if (parsed.questions().isEmpty()) {
            throw new NoQuestionsInDocumentException(name);
        }
        String bank = config.name();
        String hash = fingerprint(content, curations);
        SourceDocument document = documents.findByName(name).orElse(null);
        List<Question> earlier = questions.findByDocument(bank, name);
        if (skipUnchanged && document != null && hash.equals(document.contentHash)) {
            return new ImportReport(name, List.of(), List.of(), earlier.stream().map(q -> q.id).toList(), List.of(),
                    List.of(), List.of(), document.repairs);
        }
        return write(name, bank, hash, document, earlier, parsed, repaired.notes(), curations);
    }

    private ImportReport write(String name, String bank, String hash, SourceDocument document, List<Question> earlier,
            ParsedDocument parsed, List<RepairNote> repairs, Curations curations) {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        parsed.ignored().forEach(i -> skipped.add(new Skipped(i.text(), i.reason())));

        List<Question> others = questions.findByBank(bank).stream().filter(q -> !name.equals(q.sourceDocument))
                .toList();
        Map<String, String> seenTexts = new HashMap<>();
        Set<String> claimed = new HashSet<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (ParsedQuestion pq : parsed.questions()) {
            String first = seenTexts.putIfAbsent(Slugs.sameTextKey(pq.text()), pq.location());
            if (first != null) {
                skipped.add(new Skipped(pq.text(), "the same question already appears at " + first
                        + " of this document (" + pq.location() + " skipped)"));
                continue;
            }
            String id = assignId(pq, name, bank, claimed);
            claimed.add(id);
            QuestionContent content = QuestionContent.of(pq, curations.forQuestion(id));
            Duplicate duplicate = nearestDuplicate(id, pq.text(), others);
            Question q = questions.findById(id);
            boolean isNew = q == null;
            if (isNew) {
                q = new Question();
                q.id = id;
                q.createdAt = now;
            }
            boolean changed = apply(q, bank, name, pq, content, duplicate == null ? null : duplicate.duplicateOf());
            if (duplicate != null) {
                duplicates.add(duplicate);
            }
            if (isNew) {
                q.updatedAt = now;
                questions.persist(q);
                created.add(id);
            } else if (changed) {
                q.updatedAt = now;
                updated.add(id);
            } else {
                unchanged.add(id);
            }
        }
        List<String> orphaned = earlier.stream().map(q -> q.id).filter(id -> !claimed.contains(id)).toList();
        saveDocument(document, name, bank, hash, repairs, now);
        LOG.infof("Imported %s: %d created, %d updated, %d unchanged, %d skipped, %d encoding repairs", name,
                created.size(), updated.size(), unchanged.size(), skipped.size(), repairs.size());
        return new ImportReport(name, created, updated, unchanged, skipped, duplicates, orphaned, repairs);
    }

    /**
     * The slug of the question, or slug-2, slug-3... when the slug belongs to a different question: one of
     * another document or bank, or one already taken by an earlier question of this import.
     */
    private String assignId(ParsedQuestion pq, String name, String bank, Set<String> claimed) {
        String base = Slugs.slug(pq.title());
        if (base.isEmpty()) {
            base = "question";
        }
        for (int n = 1;; n++) {
            String id = n == 1 ? base : base + "-" + n;
            if (claimed.contains(id)) {
                continue;
            }
            Question existing = questions.findById(id);
            if (existing == null || (name.equals(existing.sourceDocument) && bank.equals(existing.bank))) {
                return id;
            }
        }
    }

    private static Duplicate nearestDuplicate(String id, String text, List<Question> others) {
        Duplicate best = null;
        for (Question other : others) {
            double similarity = Slugs.similarity(text, other.text);
            if (similarity >= DUPLICATE_SIMILARITY && (best == null || similarity > best.similarity())) {
                String target = other.duplicateOf != null ? other.duplicateOf : other.id;
                best = new Duplicate(id, target, Math.round(similarity * 100) / 100.0);
            }
        }
        return best;
    }

    /** Copies the content onto the entity; true when anything changed. */
    private static boolean apply(Question q, String bank, String name, ParsedQuestion pq, QuestionContent c,
            String duplicateOf) {
        List<Object> before = state(q);
        q.bank = bank;
        q.text = c.text();
        q.topic = c.topic();
        q.sourceDocument = name;
        q.sourceLocation = pq.location();
        q.sourcePosition = pq.position();
        q.documentModelAnswer = c.documentAnswer();
        // A model answer a reviewer approved in the service stays until the document or a curation file gives one.
        if (q.modelAnswerOrigin != ModelAnswerOrigin.REVIEWER_APPROVED || c.modelAnswer() != null) {
            q.modelAnswer = c.modelAnswer();
            q.modelAnswerOrigin = c.origin();
            q.modelAnswerAuthor = c.author();
            q.modelAnswerNote = c.note();
        }
        q.duplicateOf = duplicateOf;
        return !Objects.equals(before, state(q));
    }

    private static List<Object> state(Question q) {
        return java.util.Arrays.asList(q.bank, q.text, q.topic, q.sourceDocument, q.sourceLocation, q.sourcePosition,
                q.documentModelAnswer, q.modelAnswer, q.modelAnswerOrigin, q.modelAnswerAuthor, q.modelAnswerNote,
                q.duplicateOf);
    }

    private void saveDocument(SourceDocument document, String name, String bank, String hash,
            List<RepairNote> repairs, OffsetDateTime now) {
        SourceDocument d = document == null ? new SourceDocument() : document;
        d.name = name;
        d.bank = bank;
        d.contentHash = hash;
        d.repairs = new ArrayList<>(repairs);
        d.importedAt = now;
        if (document == null) {
            documents.persist(d);
        }
    }

    private static String fingerprint(byte[] content, Curations curations) {
        return Hashes.sha256((IMPORTER_VERSION + "\n").getBytes(StandardCharsets.UTF_8), content,
                ("\n" + curations.fingerprint()).getBytes(StandardCharsets.UTF_8));
    }
}
