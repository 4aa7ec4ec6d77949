package org.mitwirken.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.mitwirken.common.http.FormParts;

/**
 * A query parameter or form part that must name a constant of an enum. Both are read as strings and checked here,
 * because a failed JAX-RS conversion would otherwise surface as 404 without naming the parameter. A form part may
 * hold the constant as JSON ({@link FormParts}). Its violation has the code {@code one-of} with the constants as
 * {@code allowed}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
public @interface OneOf {
    Class<? extends Enum<?>> value();

    /** A multipart form part: the constant may come in JSON quotes; read it with {@link FormParts#constant}. */
    boolean formPart() default false;

    String message() default "{one-of}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, String> {
        private String[] allowed;
        private boolean formPart;

        @Override
        public void initialize(OneOf annotation) {
            allowed = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toArray(String[]::new);
            formPart = annotation.formPart();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String text = formPart && value != null ? FormParts.unquoted(value.strip()) : value;
            if (text == null || Arrays.asList(allowed).contains(text)) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("allowed", String.join(", ", allowed));
            return false;
        }
    }
}
