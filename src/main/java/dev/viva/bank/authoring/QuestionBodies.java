package dev.viva.bank.authoring;

import dev.viva.support.LineError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.viva.question.BankConfig;
import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads question bodies strictly, one JSON object or a file of them (NDJSON, one per line): unknown
 * or repeated fields, a value of the wrong JSON type (a number for a text, a string for a boolean)
 * and trailing content are errors that name the field, and so are the request's constraints. A bulk
 * file is read whole before anything happens, and every bad line is reported with its number.
 */
@ApplicationScoped
public class QuestionBodies {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private final Validator validator;
    private final BankConfig config;

    public QuestionBodies(Validator validator, BankConfig config) {
        this.validator = validator;
        this.config = config;
    }

    /**
     * The question in a JSON body; {@code creating}: the fields a new question needs are required.
     *
     * @throws DomainException (invalid input) listing every violation as {@code violations: [{field, message}]}
     */
    public QuestionRequest one(String body, boolean creating) {
        List<JsonErrors.Reason> reasons = new ArrayList<>();
        QuestionRequest request = parse(body, reasons);
        if (request != null) {
            reasons.addAll(violations(request, creating));
        }
        if (!reasons.isEmpty()) {
            List<Map<String, String>> violations = reasons.stream()
                    .map(r -> Map.of("field", r.field(), "message", r.message())).toList();
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid request",
                    reasons.stream().map(JsonErrors.Reason::text).collect(Collectors.joining("; ")),
                    Map.of("violations", violations));
        }
        return request;
    }

    /**
     * The questions of an NDJSON file, each to be created, and the lines that are not one; blank lines
     * are skipped.
     *
     * @throws DomainException (invalid input) when the file is not UTF-8, holds no question or too many
     */
    public BulkFile lines(byte[] body) {
        String[] lines = dev.viva.support.Utf8Files.text(body).split("\n", -1);
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                filled.add(i);
            }
        }
        if (filled.isEmpty()) {
            throw DomainException.invalidInput("The file holds no question: send one JSON object per line"
                    + " (application/x-ndjson).");
        }
        int max = config.bulkMaxQuestions();
        if (filled.size() > max) {
            throw DomainException.invalidInput("The file holds " + filled.size() + " questions, more than "
                    + max + " (viva.bank.bulk-max-questions): split it. Nothing was stored.");
        }
        List<NumberedRequest> requests = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (int i : filled) {
            int number = i + 1;
            List<JsonErrors.Reason> reasons = new ArrayList<>();
            QuestionRequest request = parse(lines[i], reasons);
            if (request != null) {
                reasons.addAll(violations(request, true));
            }
            reasons.forEach(r -> errors.add(new LineError(number, r.text())));
            if (reasons.isEmpty()) {
                requests.add(new NumberedRequest(number, request));
            }
        }
        return new BulkFile(requests, errors);
    }

    /** A bulk file that cannot be stored as it is, naming every bad line. */
    public static DomainException invalidLines(List<LineError> errors) {
        List<LineError> sorted = errors.stream().sorted(Comparator.comparingInt(LineError::line)).toList();
        String detail = sorted.size() + " error(s); nothing was stored: " + sorted.stream()
                .map(e -> "line " + e.line() + ": " + e.message()).collect(Collectors.joining("; "));
        return new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid questions file", detail,
                Map.of("errors", sorted));
    }

    private static QuestionRequest parse(String json, List<JsonErrors.Reason> reasons) {
        if (json == null || json.isBlank()) {
            reasons.add(new JsonErrors.Reason("body", "is empty; send the question as a JSON object"));
            return null;
        }
        try {
            QuestionRequest request = STRICT.readValue(json, QuestionRequest.class);
            if (request == null) {
                reasons.add(new JsonErrors.Reason("body", "must be a JSON object with the question's fields"));
            }
            return request;
        } catch (JsonProcessingException e) {
            reasons.add(JsonErrors.of(e));
            return null;
        }
    }

    private List<JsonErrors.Reason> violations(QuestionRequest request, boolean creating) {
        var found = creating ? validator.validate(request, Default.class, QuestionRequest.OnCreate.class)
                : validator.validate(request);
        return found.stream().sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessage))
                .map(v -> new JsonErrors.Reason(v.getPropertyPath().toString(), v.getMessage())).toList();
    }
}
