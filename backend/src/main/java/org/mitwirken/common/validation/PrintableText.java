package org.mitwirken.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or title as people enter and read it: no control characters (also no line breaks and no bidirectional
 * overrides, which can make a name read as another), no code points that are unassigned, for private use, or lone
 * surrogate halves. Such characters show as boxes or nothing at all, or change how the text around them reads, in
 * lists, PDFs and e-mails. Every script and emoji with an assigned code point passes. Code {@code unprintable}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PrintableText.Validator.class)
public @interface PrintableText {
    String message() default "{unprintable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PrintableText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.codePoints().allMatch(Validator::printable);
        }

        static boolean printable(int codePoint) {
            return switch (Character.getType(codePoint)) {
                case Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                        Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
                default -> !isBidiControl(codePoint);
            };
        }

        /** LRE, RLE, PDF, LRO, RLO and the isolates LRI, RLI, FSI, PDI. */
        private static boolean isBidiControl(int codePoint) {
            return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
        }
    }
}
