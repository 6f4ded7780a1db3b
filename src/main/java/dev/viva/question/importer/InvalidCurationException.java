package dev.viva.question.importer;

import java.nio.file.Path;

/** A curation file that cannot be applied; the message names the file and what is wrong with it. */
public class InvalidCurationException extends RuntimeException {

    private final Path path;

    public InvalidCurationException(Path path, String reason) {
        this(path, reason, null);
    }

    public InvalidCurationException(Path path, String reason, Throwable cause) {
        super("Curation file " + path + ": " + reason, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
