package dev.viva.rubric;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.viva.support.Causes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads rubric files (the YAML schema is the {@link Rubric} record) strictly: unknown or duplicate
 * keys, unknown enum values, a missing number and trailing content are errors, reported with the
 * file's path, the field and the line.
 */
public final class RubricFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Writes rubrics with the keys in the order the shipped files use, without a document marker. */
    private static final ObjectMapper YAML_OUT = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .addMixIn(Rubric.class, FileOrder.RubricKeys.class)
            .addMixIn(Criterion.class, FileOrder.CriterionKeys.class)
            .build();

    private RubricFiles() {
    }

    /** The rubric as a file under {@code rubrics/} holds it; {@link #read} parses it back to an equal rubric. */
    public static String toYaml(Rubric rubric) {
        try {
            return YAML_OUT.writeValueAsString(rubric);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rubric cannot be written as YAML", e);
        }
    }

    /** Parses rubric YAML held in memory (an upload, an export), with the same strictness as a file. */
    public static Rubric parse(String yaml, String source) {
        try {
            Rubric rubric = YAML.readValue(yaml, Rubric.class);
            if (rubric == null) {
                throw new InvalidRubricException(List.of(source + ": the text is empty"));
            }
            return rubric;
        } catch (JsonProcessingException e) {
            throw new InvalidRubricException(List.of(source + ": " + reason(e)));
        }
    }

    private static final class FileOrder {
        @JsonPropertyOrder({"questionId", "version", "status", "notes", "criteria"})
        interface RubricKeys {
        }

        @JsonPropertyOrder({"id", "kind", "weight", "description", "examples", "hint"})
        interface CriterionKeys {
        }
    }

    /** Every {@code *.yaml}/{@code *.yml} file under {@code dir}, in a stable order; none if the folder is missing. */
    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(RubricFiles::isRubricFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list rubric files under " + dir, e);
        }
    }

    /** The question id a file must hold: its name without the extension. */
    public static String questionIdOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /**
     * Parses one file.
     *
     * @throws InvalidRubricException naming the file and the reason when it cannot be read or parsed
     */
    public static Rubric read(Path file) {
        try {
            Rubric rubric = YAML.readValue(file.toFile(), Rubric.class);
            if (rubric == null) {
                throw new InvalidRubricException(List.of(file + ": the file is empty"));
            }
            return rubric;
        } catch (JsonProcessingException e) {
            throw new InvalidRubricException(List.of(file + ": " + reason(e)));
        } catch (IOException e) {
            throw new InvalidRubricException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private static boolean isRubricFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String reason(JsonProcessingException failure) {
        JsonProcessingException e = failure;
        String what;
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            what = "not valid YAML (" + summary(syntax.getOriginalMessage()) + ")";
            e = syntax;
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            what = "unknown property '" + unknown.getPropertyName() + "'";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && String.valueOf(e.getOriginalMessage()).startsWith("Cannot map `null`")) {
            what = "'" + path(mapping) + "' is missing";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            what = "invalid value for '" + path(mapping) + "' (" + firstLine(e.getOriginalMessage()) + ")";
        } else {
            what = firstLine(e.getOriginalMessage());
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? what : what + " at line " + at.getLineNr();
    }

    /** The YAML syntax error behind {@code e}, if that is what it is (the mapper may wrap it). */
    private static StreamReadException syntaxError(Throwable e) {
        return Causes.find(e, StreamReadException.class).orElse(null);
    }

    /** SnakeYAML's message without its source excerpts: "while scanning ...; found ...". */
    private static String summary(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
