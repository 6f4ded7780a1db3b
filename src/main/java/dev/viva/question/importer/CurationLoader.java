package dev.viva.question.importer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.viva.question.ModelAnswerOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads every {@code maintainers/*.yaml} under a bank directory, failing on the first file that is wrong. */
public final class CurationLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CurationLoader() {
    }

    public static Curations load(Path bankDir) {
        if (!Files.isDirectory(bankDir)) {
            return Curations.none();
        }
        Map<String, Curations.File> byQuestion = new HashMap<>();
        for (Path path : curationFiles(bankDir)) {
            Curations.File file = read(path);
            Curations.File earlier = byQuestion.put(file.curation().questionId(), file);
            if (earlier != null) {
                throw new InvalidCurationException(path,
                        "question '" + file.curation().questionId() + "' is already curated by " + earlier.path());
            }
        }
        return new Curations(byQuestion);
    }

    public static boolean isCurationFile(Path path) {
        String name = path.getFileName().toString();
        Path parent = path.getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("maintainers")
                && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static List<Path> curationFiles(Path bankDir) {
        try (Stream<Path> files = Files.walk(bankDir)) {
            return files.filter(Files::isRegularFile).filter(CurationLoader::isCurationFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list curation files under " + bankDir, e);
        }
    }

    static Curations.File read(Path path) {
        String raw;
        Curation curation;
        try {
            raw = Files.readString(path);
            curation = YAML.readValue(raw, Curation.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidCurationException(path, "unknown field '" + e.getPropertyName() + "' (known: "
                    + "questionId, topic, modelAnswer {origin, author, note, text})", e);
        } catch (InvalidFormatException e) {
            throw new InvalidCurationException(path, "invalid value '" + e.getValue() + "' at "
                    + e.getPathReference().replaceAll(".*\\[\"", "").replaceAll("\"\\]", ""), e);
        } catch (IOException e) {
            throw new InvalidCurationException(path, "does not parse as YAML: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
        validate(path, curation);
        return new Curations.File(path, curation, raw);
    }

    private static void validate(Path path, Curation c) {
        if (c == null || c.questionId() == null || c.questionId().isBlank()) {
            throw new InvalidCurationException(path, "questionId is missing");
        }
        String fileName = path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!fileName.equals(c.questionId())) {
            throw new InvalidCurationException(path,
                    "questionId '" + c.questionId() + "' does not match the file name '" + fileName + "'");
        }
        if (c.topic() != null && c.topic().isBlank()) {
            throw new InvalidCurationException(path, "topic is empty; leave it out to keep the document's topic");
        }
        if (c.topic() == null && c.modelAnswer() == null) {
            throw new InvalidCurationException(path, "neither topic nor modelAnswer is given, nothing to apply");
        }
        Curation.Answer answer = c.modelAnswer();
        if (answer != null) {
            if (answer.origin() != ModelAnswerOrigin.MAINTAINERS
                    && answer.origin() != ModelAnswerOrigin.MAINTAINERS_CORRECTED) {
                throw new InvalidCurationException(path,
                        "modelAnswer.origin must be maintainers or maintainers_corrected");
            }
            if (answer.text() == null || answer.text().isBlank()) {
                throw new InvalidCurationException(path, "modelAnswer.text is missing");
            }
        }
    }
}
