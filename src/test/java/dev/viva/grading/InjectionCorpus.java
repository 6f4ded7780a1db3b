package dev.viva.grading;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The injected answers of src/test/resources/injection/corpus.yaml, each with its clean twin. */
public final class InjectionCorpus {

    public record Case(String id, String questionId, String clean, String injected, String attackClass) {

        @Override
        public String toString() {
            return id;
        }
    }

    private record Raw(String id, String questionId, String clean, String injected,
            @com.fasterxml.jackson.annotation.JsonProperty("class") String attackClass) {
    }

    private record File(List<Raw> cases) {
    }

    private InjectionCorpus() {
    }

    public static List<Case> cases() {
        try (InputStream in = InjectionCorpus.class.getResourceAsStream("/injection/corpus.yaml")) {
            File file = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(in, File.class);
            return file.cases().stream()
                    .map(r -> new Case(r.id(), r.questionId(), r.clean(), r.injected(), r.attackClass())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
