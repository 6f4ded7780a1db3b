package dev.viva.rubric;

import dev.viva.rubric.model.Rubric;

import dev.viva.support.Hashes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The identity of a rubric's content: SHA-256 (hex) of its canonical JSON, keys sorted, no whitespace. */
public final class RubricHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private RubricHash() {
    }

    public static String canonicalJson(Rubric rubric) {
        try {
            return CANONICAL.writeValueAsString(rubric);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rubric cannot be serialised", e);
        }
    }

    public static String of(Rubric rubric) {
        return Hashes.sha256(canonicalJson(rubric));
    }
}
