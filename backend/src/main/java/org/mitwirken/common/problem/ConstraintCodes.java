package org.mitwirken.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mitwirken.common.validation.OneOf;

/**
 * The code of a Bean Validation violation. A constraint that names its message by a code ({@code message =
 * "{slug}"}, as custom constraints and each use of {@code @Pattern} do) has that code, with the constraint's own
 * attributes as arguments; the standard constraints have the codes they stand for: {@code @NotNull} and
 * {@code @NotBlank} {@code required}, {@code @Size} {@code too-short}/{@code too-long} for texts and
 * {@code too-few}/{@code too-many} for lists, {@code @Min}/{@code @Max} {@code too-small}/{@code too-large}.
 */
final class ConstraintCodes {
    private static final Pattern CODE_TEMPLATE = Pattern.compile("\\{([a-z0-9]+(?:-[a-z0-9]+)*)}");
    /** Attributes of every constraint, or of how it is checked, that say nothing to a client. */
    private static final Set<String> NO_ARGUMENTS = Set.of("message", "groups", "payload", "regexp", "flags",
            "formPart");

    private ConstraintCodes() {
    }

    static Violation of(String field, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Matcher template = CODE_TEMPLATE.matcher(violation.getMessageTemplate());
        if (template.matches() && ProblemMessages.isViolationCode(template.group(1))) {
            Map<String, Object> arguments = new LinkedHashMap<>(violation.getConstraintDescriptor().getAttributes());
            arguments.keySet().removeAll(NO_ARGUMENTS);
            if (constraint instanceof OneOf oneOf) {
                arguments.remove("value");
                arguments.put("allowed", Arrays.stream(oneOf.value().getEnumConstants()).map(Enum::name).toList());
            }
            return new Violation(field, template.group(1), Arguments.of(arguments), null);
        }
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return new Violation(field, GeneralCode.REQUIRED);
        }
        if (constraint instanceof Size size) {
            return size(field, size, violation.getInvalidValue());
        }
        if (constraint instanceof Min min) {
            return new Violation(field, GeneralCode.TOO_SMALL, Map.of("min", min.value()));
        }
        if (constraint instanceof Max max) {
            return new Violation(field, GeneralCode.TOO_LARGE, Map.of("max", max.value()));
        }
        if (constraint instanceof DecimalMin min) {
            return new Violation(field, GeneralCode.TOO_SMALL, Map.of("min", new BigDecimal(min.value())));
        }
        if (constraint instanceof DecimalMax max) {
            return new Violation(field, GeneralCode.TOO_LARGE, Map.of("max", new BigDecimal(max.value())));
        }
        // The catalogue test names every constraint the API uses, so this is for one added without a code.
        return new Violation(field, GeneralCode.INVALID.code(), Map.of(), violation.getMessage());
    }

    /** Too short or too long for a text, too few or too many entries for a list, whichever the value is. */
    private static Violation size(String field, Size size, Object value) {
        boolean text = value instanceof CharSequence;
        int length = text ? ((CharSequence) value).length()
                : value instanceof Collection<?> c ? c.size()
                : value instanceof Map<?, ?> m ? m.size()
                : value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (size.min() > 0) {
            arguments.put("min", size.min());
        }
        if (size.max() < Integer.MAX_VALUE) {
            arguments.put("max", size.max());
        }
        boolean under = length < size.min();
        GeneralCode code = text ? (under ? GeneralCode.TOO_SHORT : GeneralCode.TOO_LONG)
                : under ? GeneralCode.TOO_FEW : GeneralCode.TOO_MANY;
        return new Violation(field, code, arguments);
    }
}
