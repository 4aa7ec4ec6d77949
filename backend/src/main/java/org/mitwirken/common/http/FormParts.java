package org.mitwirken.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Named values in multipart forms. OpenAPI lets a client send such a part as JSON, and generated clients do so for
 * enums ({@code "MINUTES"}, quotes included, as {@code application/json}); a value in JSON quotes is read as the
 * string they hold. A constant never contains a quote, so a plain part is never misread.
 */
public final class FormParts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormParts() {
    }

    /** The constant a part checked by {@code @OneOf(formPart = true)} names. */
    public static <E extends Enum<E>> E constant(String part, Class<E> type) {
        return Enum.valueOf(type, unquoted(part.strip()));
    }

    public static String unquoted(String text) {
        if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
            return text;
        }
        try {
            return JSON.readValue(text, String.class);
        } catch (JsonProcessingException notJson) {
            return text;
        }
    }
}
