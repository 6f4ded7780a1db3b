package dev.viva.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the YAML files of {@code src/test/resources/rubric-fixtures} into a test's own folder. */
final class RubricFixtures {

    private RubricFixtures() {
    }

    /** Writes fixture {@code name} as {@code <dir>/nodejs/<questionId>.yaml} for question {@code questionId}. */
    static Path write(Path dir, String name, String questionId) throws IOException {
        return writeAs(dir, name, questionId, questionId);
    }

    /** Like {@link #write}, with a file name that may differ from the question id inside. */
    static Path writeAs(Path dir, String name, String questionId, String fileStem) throws IOException {
        Path file = dir.resolve("nodejs").resolve(fileStem + ".yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(name).replace("QUESTION_ID", questionId));
        return file;
    }

    static String text(String name) throws IOException {
        try (InputStream in = RubricFixtures.class.getResourceAsStream("/rubric-fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
