package dev.viva.http;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** A flag in a query or header is "true" or "false"; anything else ("maybe", "1", "yes") is a 400, never false. */
@Provider
public class StrictBooleanParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if ("true".equals(value)) {
                    return Boolean.TRUE;
                }
                if ("false".equals(value)) {
                    return Boolean.FALSE;
                }
                throw new NotAFlagException(value);
            }

            @Override
            public String toString(Boolean value) {
                return String.valueOf(value);
            }
        };
    }

    /** Mapped to 400 problem+json. */
    public static final class NotAFlagException extends IllegalArgumentException {
        NotAFlagException(String value) {
            super("expected true or false, got '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'");
        }
    }
}
