package org.mitwirken.common.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * No text of a request may hold a NUL character: PostgreSQL refuses it, so it would fail only when stored, or later
 * for a survey response waiting in its pool. The field gets a 400 problem instead.
 */
@Singleton
public class NulFreeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-free-strings").addDeserializer(String.class,
                new StringDeserializer() {
                    @Override
                    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String text = super.deserialize(parser, context);
                        if (text != null && text.indexOf('\0') >= 0) {
                            return (String) context.handleWeirdStringValue(String.class, text,
                                    "must not contain a NUL character");
                        }
                        return text;
                    }
                }));
    }
}
