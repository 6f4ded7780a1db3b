package dev.viva.ratelimit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * An integer only when the JSON says one: Jackson would otherwise read "5" as 5 and 2.5 as 2. A string
 * or a fraction is a mismatched input, which the problem mapper answers with a 400 naming the field.
 */
public final class WholeNumber extends StdDeserializer<Integer> {

    public WholeNumber() {
        super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (Integer) context.handleUnexpectedToken(Integer.class, parser);
        }
        return parser.getIntValue();
    }
}
