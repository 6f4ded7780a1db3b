package dev.viva.question.importer;

import dev.viva.support.Hashes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The curation files of a bank, by question id. */
public final class Curations {

    /** A parsed curation file, with where it came from and its raw text (for the import fingerprint). */
    public record File(Path path, Curation curation, String raw) {
    }

    private static final Curations NONE = new Curations(Map.of());

    private final Map<String, File> byQuestion;

    public Curations(Map<String, File> byQuestion) {
        this.byQuestion = Map.copyOf(byQuestion);
    }

    public static Curations none() {
        return NONE;
    }

    public Optional<Curation> forQuestion(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId)).map(File::curation);
    }

    public int size() {
        return byQuestion.size();
    }

    /** Fails on the first curation file naming a question the bank does not have. */
    public void verifyAllKnown(Set<String> questionIds) {
        new TreeMap<>(byQuestion).forEach((id, file) -> {
            if (!questionIds.contains(id)) {
                throw new InvalidCurationException(file.path(),
                        "questionId '" + id + "' names no question of the bank");
            }
        });
    }

    /** Changes whenever a curation file changes, so that documents are re-imported to apply it. */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(byQuestion).forEach((id, file) -> all.append(id).append('\n').append(file.raw()).append('\n'));
        return Hashes.sha256(all.toString());
    }
}
