package dev.viva.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Hostile requests generated from the OpenAPI document: for every operation, hostile path and query
 * parameters by their declared type, and for a JSON body a valid baseline (from the schema's examples)
 * with one property at a time made hostile (another type, null, NUL, a lone surrogate, an enum
 * ordinal, a null element), plus whole-body cases (not JSON, broken UTF-8, trailing text, an unknown or
 * duplicated property, deep nesting, another top-level type). Non-JSON bodies get byte-level cases.
 */
final class HostileInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes non-ASCII as \\u escapes, so that a lone surrogate reaches the server as one. */
    private static final ObjectMapper ESCAPING = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Case(String operation, String method, String path, Map<String, String> query, String contentType,
            byte[] body, String description) {
        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : " ?" + query) + ": " + description;
        }
    }

    private final JsonNode openApi;
    private final Map<String, String> pathExamples;

    HostileInputs(JsonNode openApi, Map<String, String> pathExamples) {
        this.openApi = openApi;
        this.pathExamples = pathExamples;
    }

    List<Case> all() {
        List<Case> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> op = operations.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                cases.addAll(forOperation(method, path.getKey(), op.getValue()));
            }
        }
        return cases;
    }

    private List<Case> forOperation(String method, String template, JsonNode op) {
        String operation = method + " " + template;
        List<Case> cases = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        String path = fill(template, null, null);
        // hostile path parameters
        for (JsonNode p : parameters) {
            if (!"path".equals(p.path("in").asText())) {
                continue;
            }
            for (String hostile : List.of("a%00b", "%C3%28", "%ZZ", "%FF%FE", "x".repeat(3000), "..%2F..%2Fetc")) {
                cases.add(new Case(operation, method, fill(template, p.path("name").asText(), hostile), Map.of(),
                        null, null, "path " + p.path("name").asText() + "=" + abbreviate(hostile)));
            }
        }
        // hostile query parameters by declared type
        for (JsonNode p : parameters) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            for (String hostile : hostileValuesFor(p.path("schema"), name)) {
                cases.add(new Case(operation, method, path, Map.of(name, hostile), null, null, "query " + name + "=" + abbreviate(hostile)));
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = resolve(content.path("application/json").path("schema"));
            cases.addAll(jsonBodyCases(operation, method, path, schema,
                    op.path("requestBody").path("required").asBoolean(false)));
        }
        Iterator<String> types = content.fieldNames();
        while (types.hasNext()) {
            String type = types.next();
            if (type.equals("application/json")) {
                continue;
            }
            cases.addAll(byteCases(operation, method, path, type));
        }
        return cases;
    }

    private List<String> hostileValuesFor(JsonNode schema, String name) {
        schema = resolve(schema);
        String type = schema.path("type").asText(schema.path("type").path(0).asText(""));
        List<String> values = new ArrayList<>(List.of("%00", "a%00", "%C3%28"));
        switch (type) {
            case "boolean" -> values.addAll(List.of("maybe", "1", "yes", "TRUE "));
            case "integer", "number" -> values.addAll(List.of("99999999999999999999", "abc", "1e400", "-99999999999"));
            default -> {
                if (name.equals("from") || name.equals("to") || schema.path("format").asText().startsWith("date")) {
                    values.addAll(List.of("+999999999-01-01", "2026-13-45", "-5000-01-01T00:00:00Z"));
                }
            }
        }
        return values;
    }

    private List<Case> jsonBodyCases(String operation, String method, String path, JsonNode schema,
            boolean bodyRequired) {
        List<Case> cases = new ArrayList<>();
        String json = "application/json";
        JsonNode baseline = baseline(schema, 0);
        String base = baseline.toString();
        cases.add(bytes(operation, method, path, json, "{\"unterminated\": ", "not JSON"));
        cases.add(bytes(operation, method, path, json, base + " trailing", "text after the document"));
        cases.add(bytes(operation, method, path, json, base + base, "two documents"));
        cases.add(new Case(operation, method, path, Map.of(), json, concat(base.substring(0, Math.max(1, base.length() - 1)),
                new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}"), "broken UTF-8"));
        cases.add(bytes(operation, method, path, json, "[".repeat(20000) + "]".repeat(20000), "nested 20000 deep"));
        cases.add(bytes(operation, method, path, json, "\"a string\"", "a string instead of an object"));
        if (bodyRequired) {
            cases.add(bytes(operation, method, path, json, "", "empty body"));
        }
        if (baseline instanceof ObjectNode object) {
            ObjectNode unknown = object.deepCopy();
            unknown.put("noSuchProperty", "x");
            cases.add(bytes(operation, method, path, json, unknown.toString(), "an unknown property"));
            Iterator<Map.Entry<String, JsonNode>> props = resolve(schema).path("properties").fields();
            while (props.hasNext()) {
                Map.Entry<String, JsonNode> prop = props.next();
                JsonNode propSchema = resolve(prop.getValue());
                for (Map.Entry<String, JsonNode> hostile : hostileValues(propSchema).entrySet()) {
                    ObjectNode body = object.deepCopy();
                    body.set(prop.getKey(), hostile.getValue());
                    cases.add(bytes(operation, method, path, json, write(body), prop.getKey() + ": " + hostile.getKey()));
                }
                if (object.has(prop.getKey())) {
                    String duplicated = object.toString().replaceFirst("^\\{", "{\"" + prop.getKey() + "\":"
                            + object.get(prop.getKey()).toString() + ",");
                    cases.add(bytes(operation, method, path, json, duplicated, prop.getKey() + " given twice"));
                }
            }
        }
        return cases;
    }

    private Map<String, JsonNode> hostileValues(JsonNode schema) {
        String type = schema.path("type").asText(schema.path("type").path(0).asText(""));
        Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
        switch (type) {
            case "string" -> {
                if (schema.has("enum")) {
                    values.put("an enum ordinal", NODES.numberNode(1));
                    values.put("an unknown enum value", NODES.textNode("no-such-value"));
                } else {
                    values.put("a number for text", NODES.numberNode(12345));
                    values.put("a boolean for text", NODES.booleanNode(true));
                    values.put("a NUL in text", NODES.textNode("before\u0000after"));
                    values.put("a lone surrogate", NODES.textNode("before\ud800after"));
                }
                values.put("an object for text", NODES.objectNode());
            }
            case "integer" -> {
                values.put("text for a number", NODES.textNode("12"));
                values.put("a fraction for an integer", NODES.numberNode(1.5));
                values.put("a boolean for a number", NODES.booleanNode(true));
                values.put("an overflowing number", NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
            }
            case "number" -> {
                values.put("text for a number", NODES.textNode("12"));
                values.put("a boolean for a number", NODES.booleanNode(false));
            }
            case "boolean" -> {
                values.put("text for a flag", NODES.textNode("true"));
                values.put("a number for a flag", NODES.numberNode(1));
            }
            case "array" -> {
                values.put("text for a list", NODES.textNode("x"));
                ArrayNode withNull = NODES.arrayNode();
                withNull.addNull();
                values.put("a null element", withNull);
            }
            case "object" -> values.put("text for an object", NODES.textNode("x"));
            default -> {
                if (schema.has("enum")) {
                    values.put("an enum ordinal", NODES.numberNode(1));
                }
            }
        }
        return values;
    }

    /** A plausible valid value: the schema's example where it has one, else something of its type. */
    private JsonNode baseline(JsonNode schema, int depth) {
        schema = resolve(schema);
        JsonNode example = schema.has("examples") ? schema.path("examples").path(0) : schema.path("example");
        if (!example.isMissingNode() && !example.isNull()) {
            return example;
        }
        if (schema.has("enum")) {
            return schema.path("enum").path(0);
        }
        String type = schema.path("type").asText(schema.path("type").path(0).asText("object"));
        return switch (type) {
            case "string" -> NODES.textNode("text");
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (depth < 3) {
                    a.add(baseline(schema.path("items"), depth + 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = NODES.objectNode();
                if (depth < 3) {
                    schema.path("properties").fields().forEachRemaining(p -> o.set(p.getKey(), baseline(p.getValue(), depth + 1)));
                }
                yield o;
            }
        };
    }

    private List<Case> byteCases(String operation, String method, String path, String type) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(operation, method, path, Map.of(), type, "a\u0000b".getBytes(StandardCharsets.UTF_8), "a NUL byte"));
        cases.add(new Case(operation, method, path, Map.of(), type, new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}, "broken UTF-8"));
        if (type.startsWith("multipart/")) {
            cases.add(new Case(operation, method, path, Map.of(), type + "; boundary=XYZ", "--XYZ\r\nnot a part".getBytes(StandardCharsets.UTF_8),
                    "malformed multipart"));
            cases.add(new Case(operation, method, path, Map.of(), type, "--nothing".getBytes(StandardCharsets.UTF_8),
                    "multipart without a boundary"));
        }
        return cases;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            JsonNode allOf = schema.path("allOf");
            return allOf.isArray() && allOf.size() == 1 ? resolve(allOf.get(0)) : schema;
        }
        return resolve(openApi.at(ref.substring(1)));
    }

    private String fill(String template, String hostileName, String hostileValue) {
        String result = template;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(hostileName) ? hostileValue : pathExamples.getOrDefault(name, "no-such-" + name);
            result = result.replace("{" + name + "}", value);
        }
        return result;
    }

    private static Case bytes(String operation, String method, String path, String type, String body,
            String description) {
        return new Case(operation, method, path, Map.of(), type, body.getBytes(StandardCharsets.UTF_8), description);
    }

    private static byte[] concat(String a, byte[] b, String c) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] z = c.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[x.length + b.length + z.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(b, 0, out, x.length, b.length);
        System.arraycopy(z, 0, out, x.length + b.length, z.length);
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "...(" + s.length() + ")" : s;
    }

    private static String write(JsonNode node) {
        try {
            return ESCAPING.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
