package app.rolewise.hiring.recommendation.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules across a whole question bank: question codes are unique, answer codes are unique within
 * their question, and answers' effects, roles' coverage and prerequisites name only the model's needs (a
 * prerequisite once per role). Each broken rule is its own message.
 */
@Documented
@Constraint(validatedBy = ConsistentBankValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentBank {

    String message() default "{questionBank.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
