package dev.viva.grading.llm;

import dev.viva.support.Hashes;
import dev.viva.rubric.writer.ModelAnswerWriter;
import dev.viva.rubric.writer.RubricWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prompt files the grader and the drafting writers use and their SHA-256 content hashes. The hash is the prompt's
 * version: it is recorded with every result, so a changed prompt shows in the provenance.
 */
@ApplicationScoped
public class PromptFiles {

    static final String FOLDER = "prompts/";
    static final List<String> NAMES = List.of(AnswerGrader.SYSTEM_PROMPT, AnswerGrader.USER_PROMPT,
            AnswerGrader.REPAIR_PROMPT, RubricWriter.SYSTEM_PROMPT, RubricWriter.USER_PROMPT,
            RubricWriter.REPAIR_PROMPT, ModelAnswerWriter.SYSTEM_PROMPT, ModelAnswerWriter.USER_PROMPT);

    private final Map<String, String> hashes = new LinkedHashMap<>();

    public PromptFiles() {
        NAMES.forEach(name -> hashes.put(name, sha256(read(name))));
    }

    /** File name to hash for the given prompts, in the order given. */
    public Map<String, String> hashes(List<String> names) {
        Map<String, String> selected = new LinkedHashMap<>();
        names.forEach(name -> selected.put(name, hash(name)));
        return selected;
    }

    public String hash(String name) {
        String hash = hashes.get(name);
        if (hash == null) {
            throw new IllegalArgumentException("Unknown prompt file " + name);
        }
        return hash;
    }

    /** The text of a prompt file on the class path. */
    public static byte[] read(String name) {
        try (InputStream in = PromptFiles.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Prompt file " + FOLDER + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        return Hashes.sha256(content);
    }
}
