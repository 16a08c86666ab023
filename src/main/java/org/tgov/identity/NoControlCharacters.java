package org.tgov.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field that must not hold control characters ({@link PlainText}), so that a form shows this
 * mistake with all its others at once. The identity module refuses such text whatever the form does.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoControlCharacters.Check.class)
public @interface NoControlCharacters {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoControlCharacters, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !PlainText.hasControlCharacters(value);
        }
    }
}
