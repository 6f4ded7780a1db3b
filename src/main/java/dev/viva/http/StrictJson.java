package dev.viva.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The REST JSON mapper reads requests strictly, so that a client's mistake is a 400 naming the field
 * instead of a silent guess: no number or boolean where text belongs (and the reverse), no ordinals
 * for enums, no fractions for integers, no property the contract does
 * not name, no second value for one key, no null inside a list, nothing after the document, and no
 * text that PostgreSQL
 * cannot store as given ({@link CheckedText}). Viva's own files are read by mappers of their own.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Each scalar type accepts its own JSON shape only; text stays text for enums and dates, which are written as text.
        accept(mapper, LogicalType.Integer, CoercionInputShape.Integer);
        accept(mapper, LogicalType.Float, CoercionInputShape.Integer, CoercionInputShape.Float);
        accept(mapper, LogicalType.Boolean, CoercionInputShape.Boolean);
        accept(mapper, LogicalType.Enum, CoercionInputShape.String);
        accept(mapper, LogicalType.DateTime, CoercionInputShape.String);
        // no null inside a list or map: "examples": [null] is a 400 naming the field, not a null to trip over later
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("viva-checked-text").addDeserializer(String.class, new CheckedText()));
    }

    /** The type converts from the shapes given and fails on the other scalar shapes (and on an empty string). */
    private static void accept(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        var config = mapper.coercionConfigFor(type);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.EmptyString}) {
            config.setCoercion(shape, java.util.Arrays.asList(shapes).contains(shape) ? CoercionAction.TryConvert
                    : CoercionAction.Fail);
        }
    }
}
