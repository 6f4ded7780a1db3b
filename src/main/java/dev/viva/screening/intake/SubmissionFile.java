package dev.viva.screening.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.viva.support.LineError;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an uploaded answers file and the lines that are not a row: CSV (RFC 4180, header
 * {@code candidateRef,questionId,answer}, quoted cells may span lines) or NDJSON (one
 * {@code {candidateRef, questionId, answer}} object per line). A row's line is the line it starts on.
 */
public record SubmissionFile(List<SubmittedAnswer> rows, List<LineError> errors) {

    public static final List<String> HEADER = List.of("candidateRef", "questionId", "answer");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    public static SubmissionFile csv(String text) {
        List<SubmittedAnswer> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        LineStarts lines = new LineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                errors.add(new LineError(1, "the file is empty; its first line must be the header "
                        + String.join(",", HEADER)));
                return new SubmissionFile(rows, errors);
            }
            CSVRecord header = records.next();
            List<String> names = header.stream().map(String::strip).toList();
            if (!names.equals(HEADER)) {
                errors.add(new LineError(1, "the header must be " + String.join(",", HEADER) + " (got "
                        + String.join(",", names) + ")"));
                return new SubmissionFile(rows, errors);
            }
            while (hasNext(records, parser, errors)) {
                CSVRecord record = records.next();
                int line = lines.lineOf(record.getCharacterPosition());
                if (record.size() != HEADER.size()) {
                    errors.add(new LineError(line, "expected 3 cells (candidateRef,questionId,answer), got "
                            + record.size()));
                    continue;
                }
                rows.add(new SubmittedAnswer(line, record.get(0), record.get(1), record.get(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SubmissionFile(rows, errors);
    }

    /** Whether another record follows; a record the parser cannot read ends the file with an error. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, List<LineError> errors) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            errors.add(new LineError((int) parser.getCurrentLineNumber(),
                    "not valid CSV from here on (an unclosed or misplaced quote?)"));
            return false;
        }
    }

    public static SubmissionFile ndjson(String text) {
        List<SubmittedAnswer> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            try {
                JsonNode node = JSON.readTree(line);
                String problem = shapeProblem(node);
                if (problem != null) {
                    errors.add(new LineError(number, problem));
                } else {
                    rows.add(new SubmittedAnswer(number, node.get("candidateRef").textValue(),
                            node.get("questionId").textValue(), node.get("answer").textValue()));
                }
            } catch (JsonProcessingException e) {
                errors.add(new LineError(number, "not a JSON object: " + e.getOriginalMessage()));
            }
        }
        return new SubmissionFile(rows, errors);
    }

    private static String shapeProblem(JsonNode node) {
        if (node == null || !node.isObject()) {
            return "expected a JSON object {candidateRef, questionId, answer}";
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!HEADER.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            return "unknown field(s) " + String.join(", ", unknown) + "; a row has candidateRef, questionId, answer";
        }
        for (String field : HEADER) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return field + ": is required";
            }
            if (!value.isTextual()) {
                return field + ": must be a JSON string (got " + value.getNodeType().name().toLowerCase() + ")";
            }
        }
        return null;
    }

    /** Line numbers (from 1) of character offsets in the text. */
    private static final class LineStarts {
        private final long[] starts;

        LineStarts(String text) {
            List<Long> found = new ArrayList<>(List.of(0L));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add((long) i + 1);
                }
            }
            starts = found.stream().mapToLong(Long::longValue).toArray();
        }

        int lineOf(long offset) {
            int at = Arrays.binarySearch(starts, offset);
            return (at >= 0 ? at : -at - 2) + 1;
        }
    }
}
