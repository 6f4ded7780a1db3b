package dev.viva.llm;

import dev.viva.support.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prompt files (top-level {@code prompts/}, on the class path) and their SHA-256 content hashes. The hash is the prompt's
 * version: it is recorded with every result, so a changed prompt shows in the provenance.
 */
@ApplicationScoped
public class PromptFiles {

    static final String FOLDER = "prompts/";

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    /** File name to hash for the given prompts, in the order given. */
    public Map<String, String> hashes(List<String> names) {
        Map<String, String> selected = new LinkedHashMap<>();
        names.forEach(name -> selected.put(name, hash(name)));
        return selected;
    }

    public String hash(String name) {
        return hashes.computeIfAbsent(name, n -> sha256(read(n)));
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

    public static String sha256(byte[] content) {
        return Hashes.sha256(content);
    }
}
