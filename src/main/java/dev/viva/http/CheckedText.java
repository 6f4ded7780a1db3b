package dev.viva.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Text in a JSON request: only a JSON string is text (a number or boolean is refused, not turned into
 * one), and it must be storable exactly as given: no NUL character, which PostgreSQL refuses, and no
 * lone UTF-16 surrogate, which it would store as "?" and so change what the client sent.
 */
public final class CheckedText extends StdScalarDeserializer<String> {

    public CheckedText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        String problem = problemWith(text);
        if (problem != null) {
            throw InvalidFormatException.from(p, problem, "(refused)", String.class);
        }
        return text;
    }

    /** Why this text cannot be stored as given, or null when it can. */
    public static String problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "text must not contain NUL (U+0000) characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "text must be valid Unicode (a lone surrogate at character " + i + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "text must be valid Unicode (a lone surrogate at character " + i + ")";
            }
        }
        return null;
    }
}
