package dev.viva.bank.authoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.viva.support.Causes;
import java.util.Collection;
import java.util.stream.Collectors;

/** Says what is wrong with a JSON body in the caller's terms: the field, and what it should be. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** A field-and-reason pair; {@code field} is "body" when the JSON as a whole is wrong. */
    record Reason(String field, String message) {

        String text() {
            return field + ": " + message;
        }
    }

    static Reason of(JsonProcessingException e) {
        String duplicate = duplicateField(e.getOriginalMessage());
        if (duplicate != null) {
            return new Reason(duplicate, "is given twice");
        }
        if (e instanceof StreamReadException syntax && !(e instanceof JsonMappingException)) {
            return new Reason("body", "not valid JSON (" + firstLine(syntax.getOriginalMessage()) + at(syntax) + ")");
        }
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return new Reason("body", "must be a JSON object with the question's fields");
        }
        String field = path(mapping);
        if (field.equals("rubric")) {
            return new Reason(field, "must be " + expected(GivenRubric.class));
        }
        if (e instanceof ValueInstantiationException && Causes.find(e, NullPointerException.class).isPresent()) {
            return new Reason(field, "holds a null where a value is needed");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Reason(field, "is not a field of this object (known: " + known(unknown.getKnownPropertyIds()) + ")");
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Cannot map `null`")) {
            return new Reason(field, "is required");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Reason(field, "must be " + expected(mismatch.getTargetType()));
        }
        return new Reason(field, "has an invalid value");
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("^Duplicate field '(.*)'");

    private static String duplicateField(String message) {
        var m = DUPLICATE.matcher(String.valueOf(message));
        return m.find() ? m.group(1) : null;
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type.isEnum()) {
            // Viva's enums are written in lower case in JSON (CriterionKind, RubricStatus)
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == GivenRubric.class) {
            return "a rubric object ({criteria, notes}) or an array of criteria";
        }
        return "an object";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String at(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getColumnNr() < 0) {
            return "";
        }
        return at.getLineNr() > 1 ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                : " at column " + at.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
