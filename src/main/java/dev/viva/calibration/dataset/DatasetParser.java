package dev.viva.calibration.dataset;

import dev.viva.support.LineError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.viva.support.Hashes;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Reads a labelled data set (JSON Lines, one answer per line, blank lines ignored) and checks every
 * line before anything is used: valid JSON object, the required fields present and of the right type,
 * 0 <= score <= max_score, max_score > 0. All problems are reported together, by line.
 */
public final class DatasetParser {

    static final int MAX_ERRORS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetParser() {
    }

    public static List<DatasetAnswer> parse(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDatasetException(List.of(new LineError(0, "the file is not UTF-8 text")));
        }
        return parse(text.lines().toList());
    }

    public static List<DatasetAnswer> parse(List<String> lines) {
        List<DatasetAnswer> answers = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size() && errors.size() < MAX_ERRORS; i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                parseLine(i + 1, line, answers, errors);
            }
        }
        if (answers.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(0, "the file holds no answers (one JSON object per line expected)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDatasetException(errors);
        }
        return answers;
    }

    /** A deterministic sample of {@code limit} answers (shuffled by {@code seed}), or all of them. */
    public static List<DatasetAnswer> sample(List<DatasetAnswer> answers, Integer limit, long seed) {
        if (limit == null || answers.size() <= limit) {
            return answers;
        }
        List<DatasetAnswer> shuffled = new ArrayList<>(answers);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, limit));
    }

    private static void parseLine(int n, String line, List<DatasetAnswer> answers, List<LineError> errors) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            errors.add(new LineError(n, "not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            errors.add(new LineError(n, "not a JSON object"));
            return;
        }
        List<String> problems = new ArrayList<>();
        String question = text(node, "question", true, problems);
        String reference = text(node, "reference_answer", true, problems);
        String answer = text(node, "answer", false, problems);
        Double score = number(node, "score", problems);
        Double max = number(node, "max_score", problems);
        if (max != null && max <= 0) {
            problems.add("max_score must be greater than 0");
        }
        if (score != null && score < 0) {
            problems.add("score must not be negative");
        }
        if (score != null && max != null && score > max) {
            problems.add("score " + score + " is above max_score " + max);
        }
        List<Double> graders = numbers(node.get("grader_scores"), "grader_scores", problems);
        List<String> references = texts(node.get("reference_answers"), problems);
        String questionId = node.hasNonNull("question_id") ? node.get("question_id").asText().strip() : null;
        if (!problems.isEmpty()) {
            problems.forEach(p -> errors.add(new LineError(n, p)));
            return;
        }
        if (questionId == null || questionId.isEmpty()) {
            questionId = "q-" + Hashes.sha256(question.strip()).substring(0, 12);
        }
        answers.add(new DatasetAnswer(n, questionId, question, reference, references, answer, score, max, graders));
    }

    private static String text(JsonNode node, String field, boolean nonBlank, List<String> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            problems.add("missing field '" + field + "'");
            return null;
        }
        if (!v.isTextual()) {
            problems.add("'" + field + "' must be a string");
            return null;
        }
        if (nonBlank && v.asText().isBlank()) {
            problems.add("'" + field + "' is empty");
            return null;
        }
        return v.asText();
    }

    private static Double number(JsonNode node, String field, List<String> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            problems.add("missing field '" + field + "'");
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            problems.add("'" + field + "' must be a number");
            return null;
        }
        return v.asDouble();
    }

    private static List<Double> numbers(JsonNode v, String field, List<String> problems) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<Double> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (!x.isNumber()) {
                    break;
                }
                out.add(x.asDouble());
            }
            if (out.size() == v.size()) {
                return out;
            }
        }
        problems.add("'" + field + "' must be a list of numbers");
        return List.of();
    }

    private static List<String> texts(JsonNode v, List<String> problems) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> {
                if (x.isTextual()) {
                    out.add(x.asText());
                }
            });
            if (out.size() == v.size()) {
                return out;
            }
        }
        problems.add("'reference_answers' must be a list of strings");
        return List.of();
    }
}
