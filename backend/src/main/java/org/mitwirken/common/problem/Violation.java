package org.mitwirken.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One invalid field of a request: its JSON path (or parameter name), the stable code of what is wrong with it and
 * the code's arguments, e.g. {@code {"field":"title","code":"too-long","arguments":{"max":200}}}. The message says the
 * same in the caller's language; services leave it to {@link ProblemMapper}, which adds it from the code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String field, String code, Map<String, Object> arguments, String message) {

    public Violation(String field, ProblemCode code) {
        this(field, code, Map.of());
    }

    public Violation(String field, ProblemCode code, Map<String, ?> arguments) {
        this(field, code.code(), Arguments.of(arguments), null);
    }

    Violation saying(String text) {
        return new Violation(field, code, arguments, text);
    }
}
