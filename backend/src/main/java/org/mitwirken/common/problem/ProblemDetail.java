package org.mitwirken.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document, the body of every error response. {@code title}, {@code detail} and each violation's
 * {@code message} are in the language the caller asked for; {@code code} and {@code arguments} say the detail for
 * machines, as each violation's do.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String code,
        Map<String, Object> arguments, String instance, List<Violation> violations) {
}
