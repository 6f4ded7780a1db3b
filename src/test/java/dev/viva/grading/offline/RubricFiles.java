package dev.viva.grading.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.viva.rubric.model.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the test rubrics under src/test/resources/rubrics. */
final class RubricFiles {

    private RubricFiles() {
    }

    static Rubric load(String questionId) {
        try (InputStream in = RubricFiles.class.getResourceAsStream("/rubrics/" + questionId + ".yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, Rubric.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
